// The one way the UI talks to the API: an openapi-fetch client typed by the generated schema. Its middleware sends
// same-origin cookies, JSON, the caller's language and a CSRF token on every write, and turns
// application/problem+json into ApiError (field errors, the current version of a 412) and a failed connection into
// UnreachableError; the calls answer the data itself and throw on refusal, as the pages expect.
//   const users = await client.GET('/api/v1/users', { params: { query: { page: 2 } } });
//   await client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body, ifMatch: user.version });
import createClient, { type FetchOptions, type Middleware } from 'openapi-fetch';
import { ApiError, problemOf, UnreachableError } from './errors.ts';
import type { HttpMethod, OperationAt, paths, PathsWith, SuccessOf } from './types.ts';

let language = 'lv';
let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

export function setApiLanguage(lang: string): void {
  language = lang;
}
export function setCsrfToken(token: string | null): void {
  csrfToken = token || null;
}
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** What a call may add to the request beyond the operation's own parameters and body. */
export interface CallOptions {
  /** A 401 is an answer (wrong password, no session yet), not a reason to go to the login page. */
  quiet401?: boolean;
  /** Extra request headers, e.g. the counter's Idempotency-Key. */
  headers?: Record<string, string>;
  /**
   * The version of the resource the page read (its `version`, the API's ETag "3"): sent as If-Match on a change, so
   * that a change someone else saved meanwhile is answered 412 instead of being overwritten unseen.
   */
  ifMatch?: number;
}

interface Internal extends CallOptions {
  retried?: boolean;
}

async function currentCsrf(): Promise<string> {
  if (csrfToken) return csrfToken;
  const { csrfToken: fresh } = await call<{ csrfToken: string }>('get', '/api/v1/auth/csrf', { quiet401: true });
  csrfToken = fresh;
  return fresh;
}

const conventions: Middleware = {
  async onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    request.headers.set('accept-language', language);
    if (request.method !== 'GET') request.headers.set('x-csrf-token', await currentCsrf());
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return response;
    const error = await problemOf(response);
    // A gateway without its upstream answers 502/504 with no problem document: the API is not there.
    if (error.code === 'unknown' && [502, 503, 504].includes(response.status))
      throw new UnreachableError('unreachable');
    throw error;
  },
  onError() {
    return new UnreachableError('unreachable');
  },
};

/** The query string of the non-empty values (an empty filter field is no filter), as `withQuery` writes it. */
function queryOf(params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  return query.toString();
}

const raw = createClient<paths>({ credentials: 'same-origin', querySerializer: queryOf });
raw.use(conventions);

/** One request through the client: the answer's data, or the error the middleware made of a refusal. */
async function call<T>(method: HttpMethod, path: string, init: Record<string, unknown> & Internal = {}): Promise<T> {
  const { quiet401, retried, headers, ifMatch, ...rest } = init;
  const sent: Record<string, string> = { ...headers };
  if (ifMatch !== undefined) sent['if-match'] = `"${ifMatch}"`;
  try {
    // The path is the schema's ({id} placeholders filled from params.path) or, from `api`, one already filled in.
    const { data } = await raw.request(method, path as never, { ...rest, headers: sent } as never);
    const token = (data as { csrfToken?: unknown } | null | undefined)?.csrfToken;
    if (typeof token === 'string' && token) csrfToken = token;
    return data as T;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'csrf_invalid' && !retried) {
      // The token's secret cookie may have been replaced (another tab logged in): fetch a new one once.
      csrfToken = null;
      return call<T>(method, path, { ...init, retried: true });
    }
    if (error instanceof ApiError && error.status === 401 && !quiet401) onUnauthorized();
    throw error;
  }
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The operation's params and body as openapi-fetch types them, and the call's own options. */
type Init<Op> = Omit<FetchOptions<Op>, 'headers'> & CallOptions;
type InitArg<Op> = RequiredKeys<FetchOptions<Op>> extends never ? [init?: Init<Op>] : [init: Init<Op>];

type Method<M extends HttpMethod> = <P extends PathsWith<M>>(
  path: P,
  ...init: InitArg<OperationAt<P, M>>
) => Promise<SuccessOf<OperationAt<P, M>>>;

function method<M extends HttpMethod>(name: M): Method<M> {
  return (path, ...[init]) => call(name, path, init as Record<string, unknown>);
}

/** The typed client: a path of the schema, its parameters and body; answers the data, throws ApiError. */
export const client = {
  GET: method('get'),
  POST: method('post'),
  PUT: method('put'),
  PATCH: method('patch'),
  DELETE: method('delete'),
};

/**
 * Calls by a path already filled in, for the answers typed by hand at the call (types from ./types.ts): the same
 * requests as `client`, which is to be preferred.
 */
export const api = {
  get: <T>(path: string, options?: CallOptions) => call<T>('get', path, { ...options }),
  post: <T>(path: string, body?: unknown, options?: CallOptions) => call<T>('post', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: CallOptions) => call<T>('patch', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: CallOptions) => call<T>('put', path, { ...options, body }),
  delete: <T>(path: string, options?: CallOptions) => call<T>('delete', path, { ...options }),
};

/** A path with a query string made of the non-empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const text = queryOf(params);
  return text ? `${path}?${text}` : path;
}
