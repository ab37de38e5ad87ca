// Login with e-mail and password. The API's message is shown as it is: wrong password, locked, rate limited.
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link, navigate, Redirect, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { Me } from '../types.ts';

/** Only a path inside this site may follow the login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
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
      const me = await api.post<Me>('/api/v1/auth/login', { email: email.trim(), password }, { quiet401: true });
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
