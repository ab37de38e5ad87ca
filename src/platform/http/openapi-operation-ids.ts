// The operationId of every route, derived from its method and path, because the generated web client and other
// systems' clients name their calls after it: `GET /api/v1/services` → listServices, `PUT /services/{id}/draft` →
// updateServiceDraft, `POST /users/{id}/invite` → inviteUser. A name is stable as long as its method and path are,
// so renaming a route is the only thing that renames a call. A route whose derived name would mislead declares its
// own (`schema.operationId` or `config.operationId`); the document refuses two operations with one name.

/** Path words that are actions, not resources: the call is named after them (`/grants/{id}/revoke` → revokeGrant). */
const ACTIONS = new Set([
  'answer',
  'cancel',
  'confirm',
  'invite',
  'login',
  'logout',
  'retry',
  'revoke',
  'set',
  'verify',
]);
/** Path words that only group routes and would make every name of the group longer (`/auth/login` → login). */
const GROUPS = new Set(['auth']);
/** Words ending in "s" that are not plurals of something the caller picks one of. */
const UNCOUNTABLE = new Set(['hours', 'news', 'stats', 'statistics', 'status']);

const VERBS: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

export interface RouteShape {
  method: string;
  /** The Fastify URL, e.g. /api/v1/services/:id/draft */
  url: string;
  /** A GET answering a page of items (`{ items: [...] }`) is a list, any other GET a get. */
  answersList: boolean;
}

function singular(word: string): string {
  if (UNCOUNTABLE.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const wordsOf = (segment: string) => segment.toLowerCase().split(/[-_.]/).filter(Boolean);
const isParam = (segment: string) => segment.startsWith(':');
const isAction = (segment: string | undefined) =>
  segment !== undefined && !isParam(segment) && ACTIONS.has(wordsOf(segment)[0]!);

/** The resource words of the path: a collection followed by an id or a part of its items names one item. */
function nounsOf(segments: readonly string[], method: string): string[] {
  const nouns: string[] = [];
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (isParam(segment)) {
      // `/calendar/{year}`: not an item of a collection (`/outbox/{id}`, `/stages/{position}`) but which part is meant.
      const name = segment.slice(1);
      const before = segments[i - 1];
      const picksPart =
        before !== undefined && !isParam(before) && singular(before) === before && !/(^id|Id)$/.test(name);
      if (picksPart) nouns.push(...wordsOf(name));
      return;
    }
    const words = wordsOf(segment);
    if (GROUPS.has(segment) && i === 0) return;
    const itemOf = next !== undefined && !isAction(next);
    // The last segment of a create names the collection the new item joins.
    const created = next === undefined && method === 'POST';
    if (itemOf || created) words.push(singular(words.pop()!));
    nouns.push(...words);
  });
  return nouns;
}

const camel = (words: readonly string[]) =>
  words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');

/** The derived operationId of a route (see the file's comment). */
export function deriveOperationId(route: RouteShape): string {
  const segments = route.url
    .replace(/^\/api(\/v\d+)?\//, '')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1);
  if (isAction(last)) {
    const [action, ...rest] = wordsOf(last!);
    return camel([action!, ...nounsOf(segments.slice(0, -1), route.method), ...rest]);
  }
  const verb = route.method === 'GET' && route.answersList ? 'list' : VERBS[route.method];
  if (!verb) throw new Error(`OpenAPI: no verb for ${route.method} ${route.url}: declare schema.operationId`);
  return camel([verb, ...nounsOf(segments, route.method)]);
}

/** operationIds are used as function names and in URLs (Redocly's operation-operationId-url-safe). */
export const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;
