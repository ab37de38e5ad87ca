// Setting a password from the single-use link of an invitation or reset e-mail: /set-password?token=…
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import type { FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link, useLocation } from '../app/router.tsx';
import { checkNewPassword, PasswordFields } from './PasswordFields.tsx';

export function SetPasswordPage() {
  const { m } = useI18n();
  const { query } = useLocation();
  const token = query.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const fields: FieldMap = { '/password': { id: 'new-password', label: m.setPassword.password } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewPassword(m, password, repeat);
    setLocal(problems);
    if (problems.password || problems.repeat) return;
    setBusy(true);
    setError(null);
    try {
      await client.POST('/api/v1/auth/set-password', { body: { token, password }, quiet401: true });
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Page title={m.setPassword.title}>
        <div className="alert alert--success" role="status">
          <p>{m.setPassword.done}</p>
        </div>
        <p>
          <Link to="/login">{m.setPassword.toLogin}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={m.setPassword.title}>
      {!token ? (
        <div className="alert alert--error" role="alert">
          <p>{m.setPassword.noToken}</p>
        </div>
      ) : (
        <>
          <p>{m.setPassword.intro}</p>
          <ErrorSummary error={error} fields={fields} />
          <form className="form" onSubmit={submit} noValidate>
            <PasswordFields
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              errors={{ password: local.password ?? fieldError(error, '/password'), repeat: local.repeat }}
            />
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {m.setPassword.submit}
              </button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
