// What other capabilities may ask about the catalogue's services: identifiers, names, holders and the version in
// force, as plain functions or as SQL fragments they embed in their own query (without naming these tables).
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { organisationNameOf, organisationShortNameOf, organisationsNamedFolded } from '../organisations/lookups.ts';
import { foldText, regexLiteral, wordStems } from '../../common/text/index.ts';
import type { DB, Tx } from '../db.ts';
export type { ServiceFacts } from './search-index.ts';
import { byIdentifier, type ServiceFacts, searchIndex, serviceFactsSql } from './search-index.ts';
import type { ServiceStatus } from './tables.ts';
import { likeContains, likeLiteral } from '../platform/db/like.ts';

type Q = Kysely<DB> | Tx;
/** A column of the caller's query (`'f.service_id'`) or any expression giving an id. */
export type IdRef = string | Expression<string | null>;

const ref = (id: IdRef) => (typeof id === 'string' ? sql.ref(id) : id);

/** The service's identifier (`PK-000123`), as a scalar sub-select of the caller's query. */
export function serviceIdentifierOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select svc_l.identifier from services svc_l where svc_l.id = ${ref(id)})`;
}

/** The service's Latvian name, as a scalar sub-select of the caller's query. */
export function serviceNameOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select svc_l.name_lv from services svc_l where svc_l.id = ${ref(id)})`;
}

/**
 * The service's English name (null when it has none): the version in force, else the newest one; a scalar
 * sub-select of the caller's query.
 */
export function serviceNameEnOf(id: IdRef): RawBuilder<string | null> {
  return sql<
    string | null
  >`(select ver_e.content->'name'->>'en' from service_versions ver_e where ver_e.service_id = ${ref(id)}
    order by (ver_e.published_from is not null and ver_e.published_to is null) desc, ver_e.number desc limit 1)`;
}

/** The service's holder, as a scalar sub-select of the caller's query. */
export function serviceHolderOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select svc_l.holder_id from services svc_l where svc_l.id = ${ref(id)})`;
}

/** SR-21.3 (src/indicators): the maximum term in working days of the version in force (else the newest), or null. */
export function serviceMaxTermOf(id: IdRef): RawBuilder<number | null> {
  return sql<number | null>`(select (ver_t.content->>'maxTermWorkingDays')::int from service_versions ver_t
    where ver_t.service_id = ${ref(id)}
    order by (ver_t.published_from is not null and ver_t.published_to is null) desc, ver_t.number desc limit 1)`;
}

/** SR-17 (src/indicators): the channels the version in force (else the newest) offers, as a JSON array of names. */
export function serviceChannelsOf(id: IdRef): RawBuilder<string[]> {
  return sql<string[]>`coalesce((select json_agg(k_t) from service_versions ver_t,
      jsonb_object_keys(coalesce(ver_t.content->'channels', '{}'::jsonb)) k_t
    where ver_t.id = (select ver_u.id from service_versions ver_u where ver_u.service_id = ${ref(id)}
      order by (ver_u.published_from is not null and ver_u.published_to is null) desc, ver_u.number desc limit 1)), '[]')`;
}

/** The services with these identifiers (PK-…), each with its id, holder and status (unknown ones are left out). */
export function servicesByIdentifiers(q: Q, identifiers: readonly string[]) {
  if (identifiers.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('services')
    .select(['id', 'identifier', 'holder_id', 'status'])
    .where('identifier', 'in', [...identifiers])
    .execute();
}

/** A service version's Latvian name, as a scalar sub-select of the caller's query. */
export function versionNameLvOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select ver_l.name_lv from service_versions ver_l where ver_l.id = ${ref(id)})`;
}

/** A service version's English name (null when it has none), as a scalar sub-select of the caller's query. */
export function versionNameEnOf(id: IdRef): RawBuilder<string | null> {
  return sql<
    string | null
  >`(select ver_l.content->'name'->>'en' from service_versions ver_l where ver_l.id = ${ref(id)})`;
}

/**
 * The ids of the holder's services, as a sub-select for the caller's `in` (SR-21 by holder over the contacts' rollups:
 * a semi-join the planner drives from the holder's services, where `serviceHolderOf(col) = holder` is a sub-select
 * per row).
 */
export function serviceIdsOfHolder(holderId: string): RawBuilder<string> {
  return sql<string>`(select svc_h.id from services svc_h where svc_h.holder_id = ${holderId}::uuid)`;
}

/**
 * SR-21 (src/indicators): what a year's figures show of each of these services — its holder, identifier, names and
 * the channels the version in force (else the newest) offers — in identifier order (bytes: PK-000123; unknown ids
 * are left out). From the search's
 * index, which holds every service up to date with each change committed before the call (the network's year names
 * 20,000 services: 90 ms in SQL, bench:indicators); within the caller's transaction, which may have written services
 * itself, and for a service the index had not seen, in SQL.
 */
export async function serviceFacts(q: Q, ids: IdSet): Promise<ServiceFacts[]> {
  if (ids.size === 0) return [];
  const out: ServiceFacts[] = [];
  let missing: string[] = [...ids.keys()];
  if (!q.isTransaction) {
    const index = await searchIndex(q as Kysely<DB>);
    const all = index.factsInOrder();
    // Many of the catalogue's services: picked in its order; a few: looked up and sorted.
    const many = ids.size * 8 > all.length;
    const picked = many
      ? all.filter((f) => ids.has(f.id))
      : missing.flatMap((id) => index.facts(id) ?? []).sort(byIdentifier);
    if (picked.length === ids.size) return picked;
    const found = new Set(picked.map((f) => f.id));
    missing = missing.filter((id) => !found.has(id));
    out.push(...picked);
  }
  const { rows } = await sql<ServiceFacts>`${serviceFactsSql(sql`(select unnest(${missing}::uuid[]))`)}`.execute(q);
  return [...out, ...rows].sort(byIdentifier);
}

/** A set of ids, or a map keyed by them. */
type IdSet = { readonly size: number; has(id: string): boolean; keys(): IterableIterator<string> };

/** The holders of the services in the array `serviceIds`, as a sub-select for the caller's `in`. */
export function serviceHoldersIn(serviceIds: Expression<unknown>): RawBuilder<string> {
  return sql<string>`(select svc_l.holder_id from services svc_l where svc_l.id = any(${serviceIds}))`;
}

/**
 * The services named in the array column, in its order, as a JSON array of `{ id, identifier, name, nameEn }`
 * (`name` in Latvian; `nameEn` as serviceNameEnOf).
 */
export function servicesInArrayJson(ids: string | Expression<unknown>): RawBuilder<unknown> {
  const list = typeof ids === 'string' ? sql.ref(ids) : ids;
  return sql`coalesce((select json_agg(json_build_object('id', svc_l.id, 'identifier', svc_l.identifier, 'name', svc_l.name_lv,
        'nameEn', ${serviceNameEnOf('svc_l.id')})
        order by array_position(${list}, svc_l.id)) from services svc_l where svc_l.id = any(${list})), '[]')`;
}

/**
 * A contact's registration reads these in its one query: the services in the array as a JSON array of
 * `{ id, identifier, name, nameEn, status, externalId, holderId, filableOnBehalf }` (DR-29: the version in force allows
 * filing the e-service on a client's behalf).
 */
export function registrationServicesJson(serviceIds: Expression<unknown>): RawBuilder<unknown> {
  return sql`coalesce((select json_agg(json_build_object('id', s.id, 'identifier', s.identifier, 'name', s.name_lv,
                 'nameEn', ${serviceNameEnOf('s.id')}, 'status', s.status,
                 'externalId', s.external_id, 'holderId', s.holder_id,
                 'filableOnBehalf', coalesce((select (v.content ->> 'filableOnBehalf')::boolean from service_versions v
                   where v.service_id = s.id and v.published_from is not null and v.published_to is null), false)))
         from services s where s.id = any(${serviceIds})), '[]')`;
}

/** The service with its holder and status (undefined when there is none). */
export function findServiceRef(
  q: Q,
  id: string,
): Promise<{ id: string; holder_id: string; status: ServiceStatus } | undefined> {
  return q.selectFrom('services').select(['id', 'holder_id', 'status']).where('id', '=', id).executeTakeFirst();
}

/** Services named by their id or their identifier PK-… (the basket's editor and import): reference → the service. */
export async function serviceIdsByRef(
  q: Q,
  refs: readonly string[],
): Promise<Map<string, { id: string; identifier: string }>> {
  const uuids = refs.filter((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(r));
  const identifiers = refs.filter((r) => /^PK-[0-9]+$/.test(r));
  if (uuids.length + identifiers.length === 0) return new Map();
  const rows = await q
    .selectFrom('services')
    .select(['id', 'identifier'])
    .where((eb) =>
      eb.or([
        ...(uuids.length > 0
          ? [
              eb(
                'id',
                'in',
                uuids.map((u) => u.toLowerCase()),
              ),
            ]
          : []),
        ...(identifiers.length > 0 ? [eb('identifier', 'in', identifiers)] : []),
      ]),
    )
    .execute();
  const found = new Map<string, { id: string; identifier: string }>();
  for (const r of rows) {
    found.set(r.id, r);
    found.set(r.identifier, r);
  }
  for (const u of uuids) if (!found.has(u) && found.has(u.toLowerCase())) found.set(u, found.get(u.toLowerCase())!);
  return found;
}

/**
 * Published services whose holder's own id starts with one of the prefixes (the demo catalogue's "demo-", the
 * shipped basket's "grozs-"), with their holders, SR-17 channels and maximum term, by that id.
 */
export function publishedServicesWithExternalPrefix(q: Q, prefixes: readonly string[]) {
  return q
    .selectFrom('services')
    .select([
      'id',
      'holder_id',
      'external_id',
      serviceChannelsOf('services.id').as('offered'),
      serviceMaxTermOf('services.id').as('max_term'),
    ])
    .where('status', '=', 'published')
    .where((eb) => eb.or(prefixes.map((p) => eb('external_id', 'like', `${likeLiteral(p)}%`))))
    .orderBy('external_id')
    .execute();
}

// ── DR-29: services a centre may file on a client's behalf ──

/** The version in force of published services whose description allows filing on a client's behalf. */
function filableVersions(q: Q) {
  return q
    .selectFrom('services')
    .innerJoin('service_versions as v', 'v.service_id', 'services.id')
    .select([
      'services.id',
      'services.identifier',
      'v.id as version_id',
      'v.name_lv',
      sql<string | null>`v.content->'name'->>'en'`.as('name_en'),
      organisationNameOf('services.holder_id').as('holder_name'),
    ])
    .where('services.status', '=', 'published')
    .where('v.published_from', 'is not', null)
    .where('v.published_to', 'is', null)
    .where(sql<boolean>`(v.content->>'filableOnBehalf') = 'true'`);
}

export type FilableServiceRow = Awaited<ReturnType<typeof findFilableService>> & {};

export function findFilableService(q: Q, serviceId: string) {
  return filableVersions(q).where('services.id', '=', serviceId).executeTakeFirst();
}

export function listFilableServices(q: Q, text: string | undefined, limit: number) {
  let query = filableVersions(q);
  if (text) {
    const pattern = likeContains(text);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`unaccent(v.name_lv) ilike unaccent(${pattern})`,
        eb('services.identifier', 'ilike', pattern),
      ]),
    );
  }
  return query.orderBy('services.identifier').limit(limit).execute();
}

// ── The counter's service search ──

export interface CounterService {
  id: string;
  identifier: string;
  name: string;
  external_id: string | null;
  holder_id: string;
  holder_name: string;
  holder_short_name: string | null;
  n: number;
  /** How well the words match (0 best); 0 without words. */
  rank: number;
}

/**
 * Published services for the counter, each with its count from `usage` (the caller's sub-select of
 * `(service_id, n)`). Without words: only the services in the usage. With words (SR-12: as the public search, by
 * stems, case and diacritics ignored): every published service whose Latvian name contains a stem of each word, or
 * whose identifier contains it, or whose holder it names ("vid"). `rank` orders them before the use count: the
 * holder named or a name word beginning with the stem (0 a word) before a stem inside a name word (1 a word).
 */
export async function publishedServicesByUsage(
  q: Q,
  k: {
    usage: RawBuilder<unknown>;
    words: readonly string[];
    limit: number;
    all?: boolean;
    /** Only these services (a centre's scope, CR-7); undefined: every published service. */
    within?: readonly string[];
  },
): Promise<CounterService[]> {
  const terms = k.words.map((w) => ({ word: foldText(w), stems: wordStems(w) }));
  const named = await organisationsNamedFolded(
    q,
    terms.map((t) => t.word),
  );
  const name = sql`lower(unaccent(s.name_lv))`;
  const holderNamed = (word: string) => {
    const ids = named.filter((o) => o.matched === word).map((o) => o.id);
    return ids.length > 0 ? sql<SqlBool>`s.holder_id in (${sql.join(ids)})` : sql<SqlBool>`false`;
  };
  const anyStem = (stems: readonly string[], match: (stem: string) => RawBuilder<SqlBool>) =>
    sql.join(stems.map(match), sql` or `);
  const matches = terms.map(
    (t) =>
      sql<SqlBool>`(${anyStem(t.stems, (stem) => sql<SqlBool>`${name} like ${likeContains(stem)}`)} or lower(s.identifier) like ${likeContains(t.word)} or ${holderNamed(t.word)})`,
  );
  const ranks = terms.map(
    (t) =>
      sql<number>`case when ${holderNamed(t.word)} or ${anyStem(t.stems, (stem) => sql<SqlBool>`${name} ~ ${`(^|[^a-z0-9])${regexLiteral(stem)}`}`)} then 0 else 1 end`,
  );
  const rank = ranks.length > 0 ? sql.join(ranks, sql` + `) : sql<number>`0`;
  // `all`: every published service (the counter's offline copy of its whole scope), not only the used ones.
  const filter =
    matches.length > 0 ? sql.join(matches, sql` and `) : k.all ? sql<SqlBool>`true` : sql<SqlBool>`u.n is not null`;
  const result = await sql<CounterService>`
    with usage as (${k.usage}),
    found as (
      select s.id, s.identifier, s.name_lv as name, s.external_id, s.holder_id, coalesce(u.n, 0)::int as n,
        (${rank})::int as rank
      from services s left join usage u on u.service_id = s.id
      where s.status = 'published' and ${filter}
        ${k.within ? sql`and s.id = any(${[...k.within]}::uuid[])` : sql``}
      order by rank, coalesce(u.n, 0) desc, s.name_lv, s.identifier
      limit ${k.limit})
    select found.id, found.identifier, found.name, found.external_id, found.holder_id,
      ${organisationNameOf('found.holder_id')} as holder_name, ${organisationShortNameOf('found.holder_id')} as holder_short_name, found.n,
      found.rank
    from found
    order by found.rank, found.n desc, found.name, found.identifier`.execute(q);
  return result.rows;
}

/** The published ones of these services, with their Latvian names (unknown or unpublished ids are left out). */
export async function publishedServiceNames(q: Q, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('services')
    .select(['id', 'name_lv as name'])
    .where('id', 'in', [...ids])
    .where('status', '=', 'published')
    .execute();
}
