// Who is logged in. Loaded once from GET /api/v1/auth/session; a 401 from any later request ends it and sends
// the user to the login page, coming back to where they were after logging in again.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, client, setCsrfToken, setUnauthorizedHandler } from '../api.ts';
import { navigate } from './router.tsx';
import type { Role } from '../shared/roles.ts';
import type { Me } from '../types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'unreachable' }
  | { status: 'ready'; me: Me };

interface SessionApi {
  state: SessionState;
  me: Me | null;
  roles: Role[];
  signedIn(me: Me): void;
  logout(): Promise<void>;
  reload(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

const PUBLIC_PATHS = ['/login', '/set-password'];

export function loginPathFor(here: string): string {
  return here === '/' || PUBLIC_PATHS.includes(here.split('?')[0] ?? '')
    ? '/login'
    : `/login?next=${encodeURIComponent(here)}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setState({ status: 'anonymous' });
      navigate(loginPathFor(window.location.pathname + window.location.search), { replace: true });
    });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new attempt asks for the session again.
  useEffect(() => {
    let live = true;
    client
      .GET('/api/v1/auth/session', { quiet401: true })
      .then((me) => live && setState({ status: 'ready', me }))
      .catch((error: unknown) => {
        if (!live) return;
        setState(
          error instanceof ApiError && error.status === 401 ? { status: 'anonymous' } : { status: 'unreachable' },
        );
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  const signedIn = useCallback((me: Me) => setState({ status: 'ready', me }), []);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const logout = useCallback(async () => {
    try {
      await client.POST('/api/v1/auth/logout', { quiet401: true });
    } catch {
      // Already logged out or unreachable: forget the session here all the same.
    }
    setCsrfToken(null);
    setState({ status: 'anonymous' });
    navigate('/login');
  }, []);

  const value = useMemo<SessionApi>(() => {
    const me = state.status === 'ready' ? state.me : null;
    const roles = [...new Set((me?.grants ?? []).map((g) => g.role))];
    return { state, me, roles, signedIn, logout, reload };
  }, [state, signedIn, logout, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
