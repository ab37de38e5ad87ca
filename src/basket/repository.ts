// The basket's tables: the version in force on a day with its items, and recording a version (a correction on the
// same day supersedes the earlier one).
import { sql, type Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { DB, Tx } from '../db.ts';
import { serviceIdentifierOf } from '../catalogue/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { basketVersionInForceSql } from './lookups.ts';

type Q = Kysely<DB> | Tx;

export interface VersionRow {
  id: string;
  number: number;
  effective_from: string;
}

export interface ItemRow {
  annex_item: string;
  name_lv: string;
  name_en: string;
  institution_id: string | null;
  institution_name: string | null;
  identifiers: string[];
}

/** The version in force on the day, or undefined. */
export async function versionInForce(q: Q, date: string): Promise<VersionRow | undefined> {
  const { rows } = await sql<VersionRow>`select v.id, v.number, v.effective_from from basket_versions v
    where v.id = ${basketVersionInForceSql(date)}`.execute(q);
  return rows[0];
}

/** The version's items in annex order (section, then point, numerically), with their services' identifiers. */
export async function itemsOf(q: Q, versionId: string): Promise<ItemRow[]> {
  const { rows } = await sql<ItemRow>`select i.annex_item, i.name_lv, i.name_en, i.institution_id,
      case when i.institution_id is null then null else ${organisationNameOf('i.institution_id')} end
        as institution_name,
      coalesce((select array_agg(${serviceIdentifierOf('l.service_id')})
        from basket_item_services l where l.item_id = i.id), '{}') as identifiers
    from basket_items i where i.version_id = ${versionId}
    order by string_to_array(i.annex_item, '.')::int[]`.execute(q);
  return rows;
}

export interface NewItem {
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string | null;
  serviceIds: readonly string[];
}

/**
 * Records a version taking effect on the day; a not superseded version of the same day is superseded by it (kept,
 * marked). Serialised by a table lock so two writers never take one number or both stay in force on one day.
 */
export async function insertVersion(
  trx: Tx,
  v: { effectiveFrom: string; note: string | null; items: readonly NewItem[] },
): Promise<VersionRow> {
  await sql`lock table basket_versions in share row exclusive mode`.execute(trx);
  const id = randomUUID();
  const last = await trx
    .selectFrom('basket_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  // The supersession's reference is checked at commit (deferred), so the earlier row is marked before the new one
  // takes its place in the one-per-day index.
  await trx
    .updateTable('basket_versions')
    .set({ superseded_by: id })
    .where('effective_from', '=', v.effectiveFrom)
    .where('superseded_by', 'is', null)
    .execute();
  const row = await trx
    .insertInto('basket_versions')
    .values({ id, number: (last?.n ?? 0) + 1, effective_from: v.effectiveFrom, note: v.note })
    .returning(['id', 'number', 'effective_from'])
    .executeTakeFirstOrThrow();
  for (const item of v.items) {
    const stored = await trx
      .insertInto('basket_items')
      .values({
        version_id: id,
        annex_item: item.annexItem,
        name_lv: item.nameLv,
        name_en: item.nameEn,
        institution_id: item.institutionId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const links = [...new Set(item.serviceIds)].map((service_id) => ({ item_id: stored.id, service_id }));
    if (links.length > 0) await trx.insertInto('basket_item_services').values(links).execute();
  }
  return row;
}

/** Whether any version has been recorded (the shipped history is loaded only into an empty basket). */
export async function hasVersions(q: Q): Promise<boolean> {
  return (await q.selectFrom('basket_versions').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export interface VersionListRow {
  id: string;
  number: number;
  effective_from: string;
  note: string | null;
  superseded_by_number: number | null;
  items: number;
  created_at: Date;
}

/** Every version, the newest number first, with the number of the version that superseded it and its item count. */
export async function listVersions(q: Q): Promise<VersionListRow[]> {
  const { rows } = await sql<VersionListRow>`select v.id, v.number, v.effective_from, v.note, s.number as
      superseded_by_number, (select count(*)::int from basket_items i where i.version_id = v.id) as items, v.created_at
    from basket_versions v left join basket_versions s on s.id = v.superseded_by
    order by v.number desc`.execute(q);
  return rows;
}

/** The version by its number, or undefined. */
export async function versionByNumber(q: Q, number: number): Promise<VersionRow | undefined> {
  return q
    .selectFrom('basket_versions')
    .select(['id', 'number', 'effective_from'])
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The version by its id, or undefined. */
export async function versionById(q: Q, id: string): Promise<VersionRow | undefined> {
  return q
    .selectFrom('basket_versions')
    .select(['id', 'number', 'effective_from'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The version in force just before this one took effect (the newest not superseded one of an earlier day). */
export async function versionBefore(q: Q, v: VersionRow): Promise<VersionRow | undefined> {
  return q
    .selectFrom('basket_versions')
    .select(['id', 'number', 'effective_from'])
    .where('superseded_by', 'is', null)
    .where('effective_from', '<', v.effective_from)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
}
