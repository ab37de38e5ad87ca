// Talking to the app like a browser does: CSRF token, login, session cookie, then JSON requests.
import type { App } from '../../src/app.ts';
import { TEST_PASSWORD } from './factories.ts';

export interface Session {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  json: any;
  body: string;
}

function cookiesOf(setCookie: string | string[] | number | undefined): Record<string, string> {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : [];
  const out: Record<string, string> = {};
  for (const c of list) {
    const [pair = ''] = c.split(';');
    const i = pair.indexOf('=');
    out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}

export async function call(
  app: App,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  let json: unknown;
  try {
    json = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, json, body: res.body };
}

/** Fetches a CSRF token and its secret cookie, as the login page does. */
export async function csrf(app: App): Promise<{ token: string; cookie: string }> {
  const res = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
  const cookies = cookiesOf(res.headers['set-cookie']);
  return { token: JSON.parse(res.body).csrfToken, cookie: `_csrf=${cookies._csrf}` };
}

export async function tryLogin(
  app: App,
  email: string,
  password = TEST_PASSWORD,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const c = await csrf(app);
  return call(
    app,
    'POST',
    '/api/v1/auth/login',
    { email, password },
    { cookie: c.cookie, 'x-csrf-token': c.token, ...extraHeaders },
  );
}

export async function login(app: App, email: string, password = TEST_PASSWORD): Promise<Session> {
  const c = await csrf(app);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', cookie: c.cookie, 'x-csrf-token': c.token },
    payload: JSON.stringify({ email, password }),
  });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  // Login renews the CSRF secret: the session's writes use the new _csrf cookie with the token of the answer.
  const { vienuviet_session: session, _csrf: secret } = cookiesOf(res.headers['set-cookie']);
  const cookie = `_csrf=${secret}; vienuviet_session=${session}`;
  const token = JSON.parse(res.body).csrfToken as string;
  return {
    cookie,
    csrf: token,
    request: (method, url, body, headers = {}) =>
      call(app, method, url, body, { cookie, 'x-csrf-token': token, ...headers }),
  };
}

/** A caller authenticated by API token (no cookie, no CSRF). */
export function withToken(app: App, token: string) {
  return (method: string, url: string, body?: unknown) =>
    call(app, method, url, body, { authorization: `Bearer ${token}` });
}
