// What other capabilities may ask about organisations: names, kinds and the calendar choice, as plain functions or
// as SQL fragments they embed in their own query (a name to show, sort or filter by, without naming this table).
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { calendarFollowing } from '../platform/calendar/service.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import type { DB, Deps, Tx } from '../db.ts';
import type { OrganisationKind } from './tables.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;
/** A column of the caller's query (`'f.addressee_org_id'`) or any expression giving an organisation's id. */
export type OrganisationIdRef = string | Expression<string | null>;

const ref = (id: OrganisationIdRef) => (typeof id === 'string' ? sql.ref(id) : id);

/** The organisation's name, as a scalar sub-select of the caller's query. */
export function organisationNameOf(id: OrganisationIdRef): RawBuilder<string> {
  return sql<string>`(select org_l.name from organisations org_l where org_l.id = ${ref(id)})`;
}

/** The organisation's short name (null when it has none). */
export function organisationShortNameOf(id: OrganisationIdRef): RawBuilder<string | null> {
  return sql<string | null>`(select org_l.short_name from organisations org_l where org_l.id = ${ref(id)})`;
}

/** The organisation's e-mail address (null when it has none). */
export function organisationEmailOf(id: OrganisationIdRef): RawBuilder<string | null> {
  return sql<string | null>`(select org_l.email from organisations org_l where org_l.id = ${ref(id)})`;
}

/** The organisation's kind (null when there is none). */
export function organisationKindOf(id: OrganisationIdRef): RawBuilder<OrganisationKind | null> {
  return sql<OrganisationKind | null>`(select org_l.kind from organisations org_l where org_l.id = ${ref(id)})`;
}

/** Whether the organisation follows Cabinet transfers of working days (true when there is none). */
export function followsCabinetTransfersOf(id: OrganisationIdRef): RawBuilder<boolean> {
  return sql<boolean>`coalesce((select org_l.follows_cabinet_transfers from organisations org_l where org_l.id = ${ref(id)}), true)`;
}

/** The ids of the organisations whose name matches `condition` (given the name column), for the caller's filter. */
export function organisationIdsWhereName(condition: (name: Expression<string>) => Expression<boolean>) {
  return sql<string>`(select org_l.id from organisations org_l where ${condition(sql.ref<string>('org_l.name'))})`;
}

/** The last change of any organisation (their names are shown in others' answers), for an ETag. */
export function organisationsChangedAt(): RawBuilder<Date | null> {
  return sql<Date | null>`(select max(org_l.updated_at) from organisations org_l)`;
}

/**
 * The organisations with these ids or among `alsoIds` (a sub-select of the caller), as a JSON array of
 * `{ id, name, shortName, kind }` (a contact's registration reads them in its one query).
 */
export function organisationsJson(ids: Expression<unknown>, alsoIds: Expression<unknown>): RawBuilder<unknown> {
  return sql`coalesce((select json_agg(json_build_object('id', org_l.id, 'name', org_l.name, 'shortName', org_l.short_name, 'kind', org_l.kind))
         from organisations org_l where org_l.id = any(${ids}) or org_l.id in ${alsoIds}), '[]')`;
}

/** The organisations named in the array column, in its order, as a JSON array of `{ id, name, shortName }`. */
export function organisationsInArrayJson(ids: string | Expression<unknown>): RawBuilder<unknown> {
  const list = typeof ids === 'string' ? sql.ref(ids) : ids;
  return sql`coalesce((select json_agg(json_build_object('id', org_l.id, 'name', org_l.name, 'shortName', org_l.short_name)
        order by array_position(${list}, org_l.id)) from organisations org_l where org_l.id = any(${list})), '[]')`;
}

/** Names and kinds of organisations by id (unknown ids are left out). */
export async function organisationsById(
  q: Q,
  ids: Iterable<string>,
): Promise<Map<string, { name: string; kind: OrganisationKind }>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await q.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}

/** How to reach organisations, by id: name, short name, kind and public channels (unknown ids are left out). */
export async function organisationCardsById(q: Q, ids: Iterable<string>) {
  const list = [...new Set(ids)];
  const rows =
    list.length === 0
      ? []
      : await q
          .selectFrom('organisations')
          .select(['id', 'name', 'short_name', 'kind', 'website', 'email', 'phone', 'e_address'])
          .where('id', 'in', list)
          .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The kinds of these organisations (unknown ids are left out). */
export function organisationKinds(q: Q, ids: readonly string[]): Promise<{ id: string; kind: OrganisationKind }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Every organisation's kind. */
export function allOrganisationKinds(q: Q): Promise<{ id: string; kind: OrganisationKind }[]> {
  return q.selectFrom('organisations').select(['id', 'kind']).execute();
}

export async function organisationKind(q: Q, id: string): Promise<OrganisationKind | undefined> {
  return (await q.selectFrom('organisations').select('kind').where('id', '=', id).executeTakeFirst())?.kind;
}

/** Every organisation of the given kinds, by id. */
export function organisationsOfKinds(q: Q, kinds: readonly OrganisationKind[]): Promise<{ id: string }[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return q.selectFrom('organisations').select('id').where('kind', 'in', kinds).orderBy('id').execute();
}

/**
 * SR-12: the organisations whose short name ("VID") or whole name, folded (lower case, no diacritics), is one of
 * `folded`, with the folded text that matched (a search finds a holder's services by its abbreviation or name).
 */
export function organisationsNamedFolded(q: Q, folded: readonly string[]): Promise<{ id: string; matched: string }[]> {
  if (folded.length === 0) return Promise.resolve([]);
  return sql<{ id: string; matched: string }>`
    select id, m.matched from organisations, lateral (values (lower(unaccent(short_name))), (lower(unaccent(name)))) m(matched)
    where m.matched = any(${[...folded]}::text[])`
    .execute(q)
    .then((r) => r.rows);
}

// ── The calendar an organisation's deadlines follow ──

/** The organisation with its calendar choice, for the calendar's opt-out. */
export function findOrganisationCalendar(q: Q, id: string) {
  return q
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'follows_cabinet_transfers', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A change of the organisation (its version counts up), only from a version the setter named (If-Match). */
export async function setFollowsCabinetTransfers(
  q: Tx,
  id: string,
  follows: boolean,
  now: Date,
  expected: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('organisations')
    .set({ follows_cabinet_transfers: follows, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * The calendar that applies to an organisation's deadlines: the state calendar (with Cabinet transfers), or — for a
 * municipality that opted out — the calendar without them. Without an organisation: the state calendar.
 */
export async function calendarFor(
  deps: Deps,
  organisationId?: string | null,
  q: Q = deps.db,
): Promise<WorkingCalendar> {
  if (!organisationId) return calendarFollowing(deps, true, q);
  const org = await q
    .selectFrom('organisations')
    .select('follows_cabinet_transfers')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return calendarFollowing(deps, !org || org.follows_cabinet_transfers, q);
}
