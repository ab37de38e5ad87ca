// No lost updates (optimistic concurrency, RFC 9110 §13.1.1, RFC 6585 §3). Every resource people edit carries a
// version (a row column counted up by every change, migration 0014): its GET and every successful write answer with
// it as a strong ETag ("3"), and a PUT, PATCH or DELETE of it must name the version it read in If-Match. The
// repository checks the version in the UPDATE (or DELETE) itself, so two writers holding the same version cannot
// both pass: the second one matches no row and gets 412 with the current version (StaleVersionError, problem.ts).
// Without If-Match the write is refused with 428: it would overwrite changes its sender never saw.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { PreconditionRequiredError, ValidationError } from '../errors.ts';
import { Str } from './schema.ts';

/** The ETag of a version. Strong: If-Match compares strongly (RFC 9110 §13.1.1), a weak tag would never match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The versions an If-Match named (usually one). Empty: it named only tags that are not versions, which never match. */
export type IfMatch = readonly number[];

/** The header on every versioned write route: documented in OpenAPI, bounded; absent is 428, not a schema error. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Str(
      'If-Match: the ETag of the version you read (GET answers with it, e.g. "3"); required — without it 428, when someone changed the resource since, 412 with the current version',
      200,
    ),
  ),
});

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, in a comma-separated list (RFC 9110 §8.8.3); etagc allows commas.
const LIST_ITEM = /\s*(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;
const VERSION = /^[1-9]\d{0,8}$/;

function entityTags(value: string): string[] | undefined {
  const tags: string[] = [];
  for (let at = 0; at < value.length; at = LIST_ITEM.lastIndex) {
    LIST_ITEM.lastIndex = at;
    const match = LIST_ITEM.exec(value);
    if (!match) return undefined;
    tags.push(match[1]!);
  }
  return tags.length > 0 ? tags : undefined;
}

/**
 * The If-Match of a write. Missing, empty or `*` → 428: `*` ("whatever is there") would overwrite another person's
 * change unseen, which is what the header is for. Not a list of entity tags → 400 naming the header. A weak tag
 * (W/"3") counts as its version: a proxy compressing the answer may have weakened the tag the caller got.
 */
export function ifMatch(request: FastifyRequest): IfMatch {
  const raw = request.headers['if-match'];
  const value = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).trim();
  if (value === '' || value === '*') throw new PreconditionRequiredError();
  const tags = entityTags(value);
  if (!tags) throw new ValidationError([{ field: '/if-match', code: 'if_match_invalid', in: 'header' }]);
  return tags.filter((t) => VERSION.test(t)).map(Number);
}

/**
 * Answers with the resource's version as its ETag. `no-store`: the tag counts changes of the resource's own fields
 * (embedded parts such as a centre's points have their own versions), so it is a write precondition, never a cache
 * validator; and these answers hold people's data.
 */
export function tagged<T extends { version: number }>(
  reply: { header(name: string, value: string): unknown },
  body: T,
): T {
  reply.header('etag', etagOf(body.version));
  reply.header('cache-control', 'no-store');
  return body;
}
