// The 4xx answers of every operation, derived from what the route is: its policy (401/403), its inputs (400, 413,
// 415), a path id (404), its If-Match (412/428), its rate limit (429). Each refers to the one shared Problem
// response (application/problem+json, problem.ts), with a description of when this status comes. A route that can
// answer a status its shape does not show declares it in `config.problems`; one it documents itself in
// `schema.response` is kept as it is.
import type { RoutePolicy } from '../access/route-policy.ts';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428 | 429;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 4xx statuses this route answers that its shape does not show (see openapi-problems.ts). */
    problems?: readonly ProblemStatus[];
  }
}

/** What the derivation looks at: the route's method, policy, schema parts and configuration. */
export interface ProblemShape {
  method: string;
  policy: RoutePolicy;
  hasBody: boolean;
  hasQuery: boolean;
  hasParams: boolean;
  headers: readonly string[];
  rateLimited: boolean;
  extra: readonly ProblemStatus[];
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const PROBLEM_RESPONSE = '#/components/responses/Problem';

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'validation_failed: a parameter, header or the body is not valid; `errors` names each bad field (JSON pointer) and why',
  401: 'unauthenticated: no session cookie or bearer token, or it has expired or was revoked',
  403: 'forbidden: no role this route allows (token_not_allowed: an API token on a route for people only); for a cookie-authenticated write also origin_not_allowed or csrf_invalid (see cookieAuth)',
  404: 'not_found: no such record, or it is outside your scope (the same answer, so nobody learns what exists)',
  409: 'The record is not in a state this write accepts (e.g. a duplicate, already revoked or answered, withdrawn); `code` says which; nothing written',
  412: 'stale_version: someone changed the resource since the version your If-Match names; `currentVersion` and `currentEtag` give the current one; nothing written',
  413: 'payload_too_large: the body is larger than the limit',
  415: 'unsupported_media_type: the body is not of a content type this route reads',
  428: 'if_match_required: the write sent no If-Match (or `*`); send the ETag of the version you read',
  429: 'rate_limited: too many attempts from your address (see Retry-After), or account_locked after repeated failures',
};

// A public route needs no credentials, but a bearer token sent to it is still checked (access-hook.ts).
const PUBLIC_401 =
  'unauthenticated: a bearer token was sent and is not valid (this route needs none: send no Authorization header)';
// Public writes are the login and reset forms: a foreign page could post them too (browser-writes.ts).
const PUBLIC_403 =
  'origin_not_allowed or csrf_invalid: a browser form sent from another site, or without the X-CSRF-Token header of GET /api/v1/auth/csrf';

/** The 4xx statuses of a route with their descriptions, in ascending order. */
export function problemsOf(shape: ProblemShape): Map<ProblemStatus, string> {
  const isPublic = shape.policy.access === 'public';
  const write = WRITE.has(shape.method);
  const statuses = new Set<ProblemStatus>(shape.extra);
  if (shape.hasBody || shape.hasQuery || shape.hasParams || shape.headers.length > 0) statuses.add(400);
  statuses.add(401);
  if (!isPublic || write) statuses.add(403);
  if (shape.hasParams) statuses.add(404);
  // Most writes check the record's state in the service (ConflictError): a write to a record or with data may meet one.
  if (!isPublic && write && (shape.hasBody || shape.hasParams)) statuses.add(409);
  if (shape.headers.includes('if-match')) statuses.add(412).add(428);
  if (shape.hasBody) statuses.add(413).add(415);
  if (shape.rateLimited) statuses.add(429);
  const described = [...statuses]
    .sort((a, b) => a - b)
    .map((status): [ProblemStatus, string] => {
      if (isPublic && status === 401) return [status, PUBLIC_401];
      if (isPublic && status === 403) return [status, PUBLIC_403];
      return [status, DESCRIPTIONS[status]];
    });
  return new Map(described);
}

/** The shared response every 4xx refers to. */
export const problemResponse = {
  description:
    'An error, as application/problem+json (RFC 9457) with a stable `code`, in Latvian or English (Accept-Language)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
