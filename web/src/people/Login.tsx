// Login with e-mail and password. The API's message is shown as it is: wrong password, locked, rate limited.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link, navigate, Redirect, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';

/** Only a path inside this site may follow the login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function LoginPage() {
  const { m } = useI18n();
  const { state, signedIn } = useSession();
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = safeNext(query.get('next'));

  if (state.status === 'ready' && !busy) return <Redirect to={next} />;

  const fields: FieldMap = {
    '/email': { id: 'login-email', label: m.login.email },
    '/password': { id: 'login-password', label: m.login.password },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await client.POST('/api/v1/auth/login', {
        body: { email: email.trim(), password },
        quiet401: true,
      });
      signedIn(me);
      navigate(next, { replace: true });
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.login.title}>
      <p>{m.login.intro}</p>
      <ErrorSummary error={error} fields={fields} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="login-email"
          label={m.login.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={fieldError(error, '/email')}
          required
        />
        <TextField
          id="login-password"
          label={m.login.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldError(error, '/password')}
          required
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? m.login.busy : m.login.submit}
          </button>
        </div>
      </form>
      <p>
        <Link to="/forgot-password">{m.login.forgot}</Link>
      </p>
      <p>
        <Link to="/centres">{m.centres.loginLink}</Link>
      </p>
    </Page>
  );
}
