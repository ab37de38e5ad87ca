// The one way the UI talks to the API: same-origin cookies, JSON, the caller's language, a CSRF token on every
// write, and application/problem+json turned into typed errors that carry the API's own (translated) message.

export interface FieldProblem {
  /** JSON pointer of the field, e.g. "/email" or "/grants/0/validUntil". */
  field: string;
  code: string;
  message: string;
}

/** The API refused the request; `title` is already in the language asked for. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors: FieldProblem[] = [],
    /** 412 stale_version: the version that is current now (someone else changed the resource since it was read). */
    readonly currentVersion: number | null = null,
  ) {
    super(title || code);
  }
}

/** A write named a version someone else has changed since (412): the page shows their change (Conflict.tsx). */
export function isStale(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}

/** The server could not be reached at all (network down, server stopped, proxy without upstream). */
export class UnreachableError extends Error {}

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

async function currentCsrf(): Promise<string> {
  if (csrfToken) return csrfToken;
  const { csrfToken: fresh } = await send<{ csrfToken: string }>('GET', '/api/v1/auth/csrf', undefined, {
    quiet401: true,
  });
  csrfToken = fresh;
  return fresh;
}

interface Options {
  /** A 401 is an answer (wrong password, no session yet), not a reason to go to the login page. */
  quiet401?: boolean;
  retried?: boolean;
  /** Extra request headers, e.g. the counter's Idempotency-Key. */
  headers?: Record<string, string>;
  /**
   * The version of the resource the page read (its `version`, the API's ETag "3"): sent as If-Match on a change, so
   * that a change someone else saved meanwhile is answered 412 instead of being overwritten unseen.
   */
  ifMatch?: number;
}

async function problemOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as {
        code?: string;
        title?: string;
        errors?: FieldProblem[];
        currentVersion?: number;
      };
      return new ApiError(
        res.status,
        p.code ?? 'unknown',
        p.title ?? '',
        Array.isArray(p.errors) ? p.errors : [],
        p.currentVersion ?? null,
      );
    } catch {
      // fall through to the generic error
    }
  }
  return new ApiError(res.status, 'unknown', '');
}

async function send<T>(method: string, path: string, body: unknown, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': language,
  };
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await currentCsrf();
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new UnreachableError('unreachable');
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const data = (await res.json()) as T;
    const token = (data as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string' && token) csrfToken = token;
    return data;
  }
  const error = await problemOf(res);
  // A gateway without its upstream answers 502/504 with no problem document: the API is not there.
  if (error.code === 'unknown' && [502, 503, 504].includes(res.status)) throw new UnreachableError('unreachable');
  if (error.code === 'csrf_invalid' && !options.retried) {
    // The token's secret cookie may have been replaced (another tab logged in): fetch a new one once.
    csrfToken = null;
    return send<T>(method, path, body, { ...options, retried: true });
  }
  if (res.status === 401 && !options.quiet401) onUnauthorized();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Options) => send<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: Options) => send<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown, options?: Options) => send<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: Options) => send<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: Options) => send<T>('DELETE', path, undefined, options),
};

/** A path with a query string made of the non-empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The message of one field, by its JSON pointer. */
export function fieldError(error: unknown, pointer: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.errors.find((e) => e.field === pointer)?.message;
}
