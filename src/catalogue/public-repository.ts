// SQL of the public catalogue (SR-12.1): services with a version in force, found by words and filters, a page at a
// time or the whole filtered catalogue in batches (JSON-LD and CSV exports). With changedSince the withdrawn
// services changed since then come too, with the version that was in force last, so a sync client learns of them.
// The filters use the indexes of migration 0006: the trigram index on search_text, jsonb containment on content.
// SR-12: a word matches by its stems (search-text.ts) or as its holder's abbreviation or name; the list is ranked:
// the query as whole words of the name first, then words beginning in the name, stems inside the name, the rest.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB, Tx } from '../db.ts';
import {
  organisationNameOf,
  organisationsById,
  organisationsChangedAt,
  organisationsInArrayJson,
  organisationsNamedFolded,
} from '../organisations/lookups.ts';
import { likeContains, likeLiteral } from '../platform/db/like.ts';
import type { SearchTerm } from './search-text.ts';
import type { PublicFilter } from './public-filter.ts';
import { searchIndex, type SearchIndex } from './search-index.ts';
import { matchServices } from './search-match.ts';

export type { PublicFilter };

type Q = Kysely<DB> | Tx;

const contains = (value: unknown): Expression<SqlBool> => sql<SqlBool>`v.content @> ${JSON.stringify(value)}::jsonb`;

/** The holders the query's words name: each word as an abbreviation or a name, and the whole query as a name. */
export async function withHolders(q: Q, f: PublicFilter): Promise<PublicFilter> {
  if (f.words.length === 0) return f;
  const words = f.words.map((t) => t.word);
  const phrase = words.join(' ');
  const found = await organisationsNamedFolded(q, [...words, phrase]);
  const holdersOf = new Map<string, string[]>();
  for (const word of words) {
    const ids = found.filter((o) => o.matched === word || o.matched === phrase).map((o) => o.id);
    if (ids.length > 0) holdersOf.set(word, [...new Set(ids)]);
  }
  return { ...f, holdersOf };
}

const holderIn = (ids: readonly string[]) => sql<SqlBool>`s.holder_id in (${sql.join([...ids])})`;

function wordMatches(f: PublicFilter, term: SearchTerm): Expression<SqlBool> {
  const holders = f.holdersOf?.get(term.word);
  const conditions = f.fuzzy
    ? [sql<SqlBool>`${term.word} <% v.search_text`]
    : term.stems.map((stem) => sql<SqlBool>`v.search_text like ${likeContains(stem)}`);
  if (holders) conditions.push(holderIn(holders));
  return conditions.length === 1 ? conditions[0]! : sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The version's Latvian name as its search text holds it (folded, after the identifier and a space; folding keeps a
 * Latvian name's length), between spaces: ranking reads no jsonb and calls neither unaccent nor translate (each
 * evaluation counts: the expression is computed for every match).
 */
const foldedName = sql<string>`' ' || substr(v.search_text, length(s.identifier) + 2, length(v.name_lv)) || ' '`;

/**
 * The rank of a version for the query's words, lower first: the whole query as words of the Latvian name first;
 * then, word by word, the holder named (0), a name word beginning with a stem (1), a stem inside the name (2),
 * elsewhere (3: the English name, the descriptions). Misspelt (fuzzy): the more similar first.
 */
function rankOf(f: PublicFilter) {
  if (f.fuzzy) {
    return sql`-(${sql.join(
      f.words.map((t) => sql`word_similarity(${t.word}, v.search_text)`),
      sql` + `,
    )})`;
  }
  const phrase = ` ${f.words.map((t) => t.word).join(' ')} `;
  const anyStem = (stems: readonly string[], pattern: (stem: string) => string) =>
    sql.join(
      stems.map((stem) => sql`${foldedName} like ${pattern(likeLiteral(stem))}`),
      sql` or `,
    );
  const terms = f.words.map((t) => {
    const holders = f.holdersOf?.get(t.word);
    const begins = sql`${anyStem(t.stems, (stem) => `% ${stem}%`)} or ${anyStem(t.stems, (stem) => `%(${stem}%`)}`;
    const inside = anyStem(t.stems, (stem) => `%${stem}%`);
    return sql`case when ${holders ? holderIn(holders) : sql`false`} then 0 when ${begins} then 1 when ${inside} then 2 else 3 end`;
  });
  // Inline, not a sub-select per row: the expression is cheap, a sub-plan per row is not.
  return sql`(case when ${foldedName} like ${likeContains(phrase)} then 0 else 100 end + ${sql.join(terms, sql` + `)})`;
}

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
  for (const term of f.words) query = query.where(wordMatches(f, term));
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
 * The order of every public list: with words, by rank (rankOf), then by identifier, i.e. by registration
 * (PK-000001, PK-000002, …: six digits up to PK-999999). Stable under paging, the same on both engines (which cannot
 * sort by Latvian collation in SQL), and the identifier's unique index serves it. Exports keep the identifier order.
 */
export async function listPublic(
  db: Kysely<DB>,
  f: PublicFilter,
  page: { limit: number; offset: number },
  options: { index?: SearchIndex; misspelt?: boolean } = {},
): Promise<{ total: number; rows: PublicRow[]; names: Map<string, { name: string }> }> {
  let total: number;
  let ids: string[];
  // SR-12, with `misspelt`: nothing has the words' stems, a word may be misspelt by a letter (similar words, the most
  // similar first): the second pass in the same step, over the same look at the catalogue.
  const retry = options.misspelt === true && f.words.length > 0 && !f.fuzzy;
  if (!f.changedSince) {
    // The services in force: matched and ranked in memory (search-index.ts, search-match.ts), by the rules below.
    // The index is brought up to date once a request (a caller that looked already passes it).
    const index = options.index ?? (await searchIndex(db));
    let matched = matchServices(index, f, page);
    if (matched.total === 0 && retry) matched = matchServices(index, { ...f, fuzzy: true }, page);
    total = matched.total;
    ids = matched.page.map((s) => s.versionId);
  } else {
    ({ total, ids } = await listInSql(db, f, page));
    if (total === 0 && retry) ({ total, ids } = await listInSql(db, { ...f, fuzzy: true }, page));
  }
  const names = new Map<string, { name: string }>();
  if (ids.length === 0) return { total, rows: [], names };
  // The page's services with the names of the municipalities they cover, in one statement.
  const found = await withColumns(
    db.selectFrom('service_versions as v').innerJoin('services as s', 's.id', 'v.service_id'),
  )
    .select(organisationsInArrayJson(coveredIds).as('municipalities'))
    .where('v.id', 'in', ids)
    .execute();
  const at = new Map(ids.map((id, i) => [id, i]));
  const rows = found
    .sort((a, b) => at.get(a.version_id)! - at.get(b.version_id)!)
    .map(({ municipalities, ...row }) => {
      for (const o of municipalities as { id: string; name: string }[]) names.set(o.id, { name: o.name });
      return row;
    });
  return { total, rows, names };
}

/** The municipalities a version covers by name (coverage.municipalityIds), as uuid[]. */
const coveredIds = sql`array(select jsonb_array_elements_text(coalesce(v.content -> 'coverage' -> 'municipalityIds', '[]'::jsonb)))::uuid[]`;

/**
 * The same list in SQL: with changedSince (a sync client's withdrawn services come too), and the reference the
 * in-memory search is tested against (search-index.test.ts).
 */
export async function listInSql(
  q: Q,
  f: PublicFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; ids: string[] }> {
  const query = filtered(q, f);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (Number(total) === 0 || page.offset >= Number(total)) return { total: Number(total), ids: [] };
  // The page is chosen over narrow rows; only its services' descriptions are read.
  let ordered = query.select('v.id');
  // Ranked, every match is sorted: identifiers are ASCII, so byte order ("C") is their order and much cheaper than
  // the database's collation. Unranked, the identifier's index gives the order.
  ordered =
    f.words.length > 0
      ? ordered.orderBy(rankOf(f)).orderBy(sql`s.identifier collate "C"`)
      : ordered.orderBy('s.identifier');
  const chosen = await ordered.limit(page.limit).offset(page.offset).execute();
  return { total: Number(total), ids: chosen.map((r) => r.id) };
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
