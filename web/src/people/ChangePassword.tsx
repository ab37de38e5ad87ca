// Changing one's own password; the API ends the user's other sessions.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { checkNewPassword, PasswordFields } from './PasswordFields.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';

export function ChangePasswordPage() {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const fields: FieldMap = {
    '/currentPassword': { id: 'current-password', label: m.changePassword.current },
    '/newPassword': { id: 'new-password', label: m.setPassword.password },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewPassword(m, password, repeat);
    setLocal(problems);
    if (problems.password || problems.repeat) return;
    setBusy(true);
    setError(null);
    try {
      await client.POST('/api/v1/auth/password', { body: { currentPassword: current, newPassword: password } });
      setCurrent('');
      setPassword('');
      setRepeat('');
      announce(m.changePassword.done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.changePassword.title}>
      <ErrorSummary error={error} fields={fields} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="current-password"
          label={m.changePassword.current}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={fieldError(error, '/currentPassword')}
          required
        />
        <PasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errors={{ password: local.password ?? fieldError(error, '/newPassword'), repeat: local.repeat }}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {m.changePassword.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
