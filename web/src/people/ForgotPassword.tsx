// "Forgot password": asks for the account's e-mail; the API answers the same whether or not it has an account,
// and so does this page.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../app/router.tsx';

export function ForgotPasswordPage() {
  const { m } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields: FieldMap = { '/email': { id: 'forgot-email', label: m.login.email } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.POST('/api/v1/auth/password-reset', { body: { email: email.trim() }, quiet401: true });
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.forgot.title}>
      {sent ? (
        <p role="status">{m.forgot.sent}</p>
      ) : (
        <>
          <p>{m.forgot.intro}</p>
          <ErrorSummary error={error} fields={fields} />
          <form className="form" onSubmit={submit} noValidate>
            <TextField
              id="forgot-email"
              label={m.login.email}
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={fieldError(error, '/email')}
              required
            />
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {m.forgot.submit}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{m.forgot.back}</Link>
      </p>
    </Page>
  );
}
