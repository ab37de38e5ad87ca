// SQL of the public catalogue (SR-12.1): services with a version in force, found by words and filters, a page at a
// time or the whole filtered catalogue in batches (JSON-LD and CSV exports). With changedSince the withdrawn
// services changed since then come too, with the version that was in force last, so a sync client learns of them.
// The filters use the indexes of migration 0006: the trigram index on search_text, jsonb containment on content.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationNameOf, organisationsById, organisationsChangedAt } from '../organisations/lookups.ts';
import { likeContains } from '../platform/db/like.ts';
import type { Channel } from './public-schemas.ts';

type Q = Kysely<DB> | Tx;

export interface PublicFilter {
  /** Folded words (search-text.ts); each must occur in the version's search_text. */
  words: readonly string[];
  holderId?: string | undefined;
  /** COFOG codes, any of which the service must name (a division comes with its groups). */
  cofog?: readonly string[] | undefined;
  /** Client types, any of which the service must have. */
  clientTypes?: readonly string[] | undefined;
  channel?: Channel | undefined;
  municipalityId?: string | undefined;
  changedSince?: Date | undefined;
}

const contains = (value: unknown): Expression<SqlBool> => sql<SqlBool>`v.content @> ${JSON.stringify(value)}::jsonb`;

function filtered(q: Q, f: PublicFilter) {
  let query = q
    .selectFrom('service_versions as v')
    .innerJoin('services as s', 's.id', 'v.service_id')
    .where('v.published_from', 'is not', null);
  const since = f.changedSince;
  if (since) {
    query = query.where('s.updated_at', '>=', since).where((eb) =>
      eb.or([
        eb.and([eb('s.status', '=', 'published'), eb('v.published_to', 'is', null)]),
        // A withdrawn service: its last published version (none published after it).
        eb.and([
          eb('s.status', '=', 'withdrawn'),
          eb.not(
            eb.exists(
              eb
                .selectFrom('service_versions as w')
                .select('w.id')
                .whereRef('w.service_id', '=', 'v.service_id')
                .whereRef('w.published_from', '>', 'v.published_from'),
            ),
          ),
        ]),
      ]),
    );
  } else {
    // The predicate of the partial indexes: the versions in force.
    query = query.where('v.published_to', 'is', null).where('s.status', '=', 'published');
  }
  for (const word of f.words) query = query.where(sql<SqlBool>`v.search_text like ${likeContains(word)}`);
  if (f.holderId) query = query.where('s.holder_id', '=', f.holderId);
  // One operator reading the jsonb once: an OR of containments would read it once per code (10 for a division).
  const codes = f.cofog;
  if (codes && codes.length > 0) query = query.where(sql<SqlBool>`(v.content -> 'cofog') ?| ${[...codes]}::text[]`);
  const types = f.clientTypes;
  if (types && types.length > 0)
    query = query.where(sql<SqlBool>`v.content ->> 'clientType' = any(${[...types]}::text[])`);
  if (f.channel) query = query.where(sql<SqlBool>`v.content -> 'channels' -> ${f.channel} is not null`);
  const municipality = f.municipalityId;
  if (municipality) {
    query = query.where((eb) =>
      eb.or([
        contains({ coverage: { wholeCountry: true } }),
        contains({ coverage: { municipalityIds: [municipality] } }),
      ]),
    );
  }
  return query;
}

function withColumns(query: ReturnType<typeof filtered>) {
  return query.select([
    'v.id as version_id',
    's.id',
    's.identifier',
    's.status',
    's.holder_id',
    organisationNameOf('s.holder_id').as('holder_name'),
    's.last_verified_on',
    's.updated_at',
    'v.content',
    'v.published_from',
  ]);
}

export type PublicRow = Awaited<ReturnType<typeof findPublicService>> & {};

/**
 * The order of every public list: by identifier, i.e. by registration (PK-000001, PK-000002, …: six digits up to
 * PK-999999). Stable under paging, the same on both engines (which cannot sort by Latvian collation in SQL), and
 * the identifier's unique index serves it.
 */

export async function listPublic(
  q: Q,
  f: PublicFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: PublicRow[] }> {
  const query = filtered(q, f);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (Number(total) === 0 || page.offset >= Number(total)) return { total: Number(total), rows: [] };
  // The page is chosen over narrow rows; only its services' descriptions are read.
  const chosen = await query.select('v.id').orderBy('s.identifier').limit(page.limit).offset(page.offset).execute();
  const ids = chosen.map((r) => r.id);
  const rows = await withColumns(
    q.selectFrom('service_versions as v').innerJoin('services as s', 's.id', 'v.service_id'),
  )
    .where('v.id', 'in', ids)
    .execute();
  const at = new Map(ids.map((id, i) => [id, i]));
  return { total: Number(total), rows: rows.sort((a, b) => at.get(a.version_id)! - at.get(b.version_id)!) };
}

/** The whole filtered catalogue in batches, in the list's order (keyset paging: no OFFSET over 20,000 rows). */
export async function* eachPublic(q: Q, f: PublicFilter, batchSize = 500): AsyncGenerator<PublicRow[]> {
  let after: string | undefined;
  for (;;) {
    let query = withColumns(filtered(q, f));
    const last = after;
    if (last !== undefined) query = query.where('s.identifier', '>', last);
    const rows = await query.orderBy('s.identifier').limit(batchSize).execute();
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.identifier;
  }
}

/** A service by its uuid or identifier (PK-000123), with the version in force or, withdrawn, the last one. */
export async function findPublicService(q: Q, key: { id?: string; identifier?: string }) {
  let query = withColumns(filtered(q, { words: [], changedSince: new Date(0) }));
  if (key.id) query = query.where('s.id', '=', key.id);
  else query = query.where('s.identifier', '=', key.identifier!);
  return query.executeTakeFirst();
}

/** Names of organisations (holders, providers, municipalities) by id. */
export async function organisationNames(
  q: Q,
  ids: Iterable<string>,
): Promise<Map<string, { name: string; kind: string }>> {
  return organisationsById(q, ids);
}

/**
 * What every public answer depends on, for its ETag: the last change of any service (a registration, an edit, a
 * publication, a withdrawal and a verification all move services.updated_at; services are never deleted) and of
 * any organisation (their names are shown). Both maxima are cheap (services_updated_idx; few organisations).
 */
export async function catalogueState(q: Q): Promise<string> {
  const row = await q
    .selectNoFrom([
      sql<Date | null>`(select max(updated_at) from services)`.as('services'),
      organisationsChangedAt().as('organisations'),
    ])
    .executeTakeFirstOrThrow();
  const t = (d: Date | string | null) => (d === null ? '-' : new Date(d).toISOString());
  return `${t(row.services)}|${t(row.organisations)}`;
}

/** The holders with at least one published service, and how many (the public search's holder filter). */
export async function publishedHolders(q: Q): Promise<{ id: string; name: string; services: number }[]> {
  const rows = await q
    .selectFrom('services')
    .select([
      'services.holder_id as id',
      organisationNameOf('services.holder_id').as('name'),
      (eb) => eb.fn.countAll<number>().as('services'),
    ])
    .where('services.status', '=', 'published')
    .groupBy('services.holder_id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, services: Number(r.services) }));
}
