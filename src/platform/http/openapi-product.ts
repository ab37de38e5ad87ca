// The OpenAPI document as a product other state systems build on: every operation gets an operationId, its security
// and its 4xx answers from what the route already declares (path, policy, schema, If-Match, rate limit), so a new
// route is documented completely without a line of its own. Two hooks of @fastify/swagger: `describeRoute` per
// route (transform), `finishDocument` once (transformObject). Checked by Redocly's recommended rules
// (redocly.yaml, test/api/openapi.test.ts).
import type { FastifySchema, RouteOptions } from 'fastify';
import { publicRoute, type RoutePolicy } from '../access/route-policy.ts';
import { SESSION_COOKIE } from './access-hook.ts';
import { shareNamedSchemas } from './openapi-components.ts';
import { deriveOperationId, OPERATION_ID } from './openapi-operation-ids.ts';
import { PROBLEM_RESPONSE, problemResponse, problemsOf } from './openapi-problems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's operationId where the one derived from its method and path would mislead. */
    operationId?: string;
  }
}

type Json = Record<string, unknown>;

// Maintainer of the system (the `vraa` organisation of src/seed/data/reference.json).
export const API_INFO = {
  title: 'Vienuviet API',
  version: '1',
  description:
    'API of Vienuviet, the information system of the state and municipal one-stop customer service centres ' +
    '(VPVKAC) and the public services catalogue. Errors are application/problem+json with a stable `code`. ' +
    'Public routes need no credentials; the others take the session cookie of a person (cookieAuth) or an API ' +
    'token of another system (bearerAuth). Every editable resource answers its version as its ETag, and a write ' +
    'of it must send that tag in If-Match.',
  contact: {
    name: 'Valsts reģionālās attīstības aģentūra (VRAA), the maintainer of Vienuviet',
    url: 'https://www.vraa.gov.lv',
  },
};

export const SECURITY_SCHEMES = {
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The session of a person, set by POST /api/v1/auth/login. A write with it (POST, PUT, PATCH, DELETE) must also ' +
      'send the X-CSRF-Token header (the csrfToken of the login answer, of GET /api/v1/auth/session or of GET ' +
      "/api/v1/auth/csrf, with its _csrf cookie) and no other site's Origin: otherwise 403 csrf_invalid or origin_not_allowed.",
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API token of another system (POST /api/v1/api-tokens), acting with the roles of its grant; no CSRF token needed.',
  },
} as const;

/** Names shared schemas added with app.addSchema by their $id (`Problem`) instead of @fastify/swagger's def-0. */
export const namedDefinitions = {
  buildLocalReference: (json: Json, _baseUri: unknown, _fragment: unknown, i: number) =>
    typeof json.$id === 'string' && /^[A-Z][A-Za-z0-9]+$/.test(json.$id) ? json.$id : `def-${i}`,
};

/** Who may call a route, as OpenAPI security: people only (peopleOnly) refuse API tokens. */
export function securityOf(policy: RoutePolicy): Json[] {
  if (policy.access === 'public') return [];
  return policy.peopleOnly ? [{ cookieAuth: [] }] : [{ cookieAuth: [] }, { bearerAuth: [] }];
}

// Carries the derived 4xx answers from the route hook to the document hook (which removes it).
const PROBLEMS = 'x-problems';

type Route = Pick<RouteOptions, 'method' | 'url' | 'config'>;

/** The route's schema with its operationId, security and 4xx answers added (@fastify/swagger's `transform`). */
export function describeRoute(schema: FastifySchema | undefined, route: Route): Json {
  const given = (schema ?? {}) as Json & FastifySchema;
  const method = [route.method].flat()[0]!.toUpperCase();
  const config = route.config ?? {};
  const policy = config.policy ?? publicRoute;
  const items = (given.response as Record<string, Json | undefined> | undefined)?.[200]?.properties as
    | Record<string, Json>
    | undefined;
  const headers = Object.keys(((given.headers as Json | undefined)?.properties as Json | undefined) ?? {});
  const problems = problemsOf({
    method,
    policy,
    hasBody: given.body !== undefined,
    hasQuery: given.querystring !== undefined,
    hasParams: given.params !== undefined || route.url.includes(':'),
    headers: headers.map((h) => h.toLowerCase()),
    rateLimited: config.rateLimit !== undefined,
    extra: config.problems ?? [],
  });
  return {
    ...given,
    operationId:
      given.operationId ??
      config.operationId ??
      deriveOperationId({ method, url: route.url, answersList: items?.items?.type === 'array' }),
    security: given.security ?? securityOf(policy),
    [PROBLEMS]: Object.fromEntries(problems),
  };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const byStatus = ([a]: [string, unknown], [b]: [string, unknown]) => a.localeCompare(b);

/** One operation: its derived 4xx answers become references to the shared Problem response. */
function finishOperation(where: string, operation: Json, names: Map<string, string>): Json {
  const { [PROBLEMS]: problems = {}, ...rest } = operation;
  const id = String(rest.operationId);
  if (!OPERATION_ID.test(id))
    throw new Error(`OpenAPI: ${where} has the operationId "${id}": use camelCase letters and digits`);
  const taken = names.get(id);
  if (taken) throw new Error(`OpenAPI: ${taken} and ${where} share the operationId ${id}: declare one in the route`);
  names.set(id, where);
  const responses = { ...(rest.responses as Json) };
  for (const [status, description] of Object.entries(problems as Record<string, string>))
    responses[status] ??= { $ref: PROBLEM_RESPONSE, description };
  return { ...rest, responses: Object.fromEntries(Object.entries(responses).sort(byStatus)) };
}

/** The whole document (@fastify/swagger's `transformObject`): servers, shared schemas and responses, checked names. */
export function finishDocument(document: Json, serverUrl: string): Json {
  const { openapi, info, components = {}, paths = {}, ...rest } = shareNamedSchemas(document);
  const names = new Map<string, string>();
  const finished: Record<string, Json> = {};
  for (const [path, item] of Object.entries(paths as Record<string, Json>)) {
    finished[path] = Object.fromEntries(
      Object.entries(item).map(([key, value]) => [
        key,
        METHODS.has(key) ? finishOperation(`${key.toUpperCase()} ${path}`, value as Json, names) : value,
      ]),
    );
  }
  return {
    openapi,
    info,
    servers: serversOf(serverUrl),
    ...rest,
    components: {
      ...(components as Json),
      responses: { ...((components as Json).responses as Json), Problem: problemResponse },
    },
    paths: finished,
  };
}

/**
 * Where the API is: PUBLIC_URL for the document an instance serves; `/` (wherever the document was fetched from)
 * for the committed copy, which describes every instance. No trailing slash: paths begin with one.
 */
export function serversOf(serverUrl: string): Json[] {
  if (serverUrl === '/') return [{ url: '/', description: 'The instance this document was fetched from' }];
  return [{ url: serverUrl.replace(/\/+$/, ''), description: 'This instance (PUBLIC_URL)' }];
}
