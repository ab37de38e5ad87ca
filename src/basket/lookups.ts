// What other capabilities may ask about the minimal basket (CR-8, AM-1.6 … AM-1.10): is a service in the basket in
// force on a day. Light: reads the basket's own tables only, as functions and SQL fragments others embed in their
// queries (the counter's registration keeps its single query).
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/** The id of the version in force on the day (the newest not superseded one taking effect on or before it). */
export function basketVersionInForceSql(date: Expression<unknown> | string): RawBuilder<string | null> {
  return sql<string | null>`(select bv_l.id from basket_versions bv_l
    where bv_l.superseded_by is null and bv_l.effective_from <= ${date}::date
    order by bv_l.effective_from desc limit 1)`;
}

/** Of the services in the uuid array, those in the basket in force on the day, as a JSON array of ids. */
export function basketServiceIdsJson(serviceIds: Expression<unknown>, date: Expression<unknown>): RawBuilder<string[]> {
  return sql<string[]>`coalesce((select json_agg(distinct bis_l.service_id) from basket_item_services bis_l
    join basket_items bi_l on bi_l.id = bis_l.item_id
    where bi_l.version_id = ${basketVersionInForceSql(date)} and bis_l.service_id = any(${serviceIds})), '[]')`;
}

/** Of these services, the ones in the basket in force on the day (CR-8). */
export async function basketServicesOn(q: Q, serviceIds: readonly string[], date: string): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const { rows } = await sql<{ ids: string[] }>`select ${basketServiceIdsJson(
    sql`${[...serviceIds]}::uuid[]`,
    sql`${date}::date`,
  )} as ids`.execute(q);
  return new Set(rows[0]?.ids ?? []);
}

/** Whether the service is in the basket in force on the day (CR-8, CR-16). */
export async function isBasketServiceOn(q: Q, serviceId: string, date: string): Promise<boolean> {
  return (await basketServicesOn(q, [serviceId], date)).has(serviceId);
}

/** An item of the basket in force on a day, with its version's effective day and its catalogue services' ids. */
export interface BasketItemInForce {
  effectiveFrom: string;
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string | null;
  serviceIds: string[];
}

/**
 * The items of the basket in force on the day in annex order (none before the first version): a centre's scope
 * (CR-7.1) and kind compliance (CR-4.2, CR-5.2, CR-6.2) read them.
 */
export async function basketItemsInForce(q: Q, date: string): Promise<BasketItemInForce[]> {
  const { rows } = await sql<BasketItemInForce>`select bv_l.effective_from as "effectiveFrom",
      bi_l.annex_item as "annexItem", bi_l.name_lv as "nameLv", bi_l.name_en as "nameEn",
      bi_l.institution_id as "institutionId",
      coalesce((select array_agg(bis_l.service_id order by bis_l.service_id) from basket_item_services bis_l
        where bis_l.item_id = bi_l.id), '{}') as "serviceIds"
    from basket_items bi_l join basket_versions bv_l on bv_l.id = bi_l.version_id
    where bv_l.id = ${basketVersionInForceSql(date)}
    order by string_to_array(bi_l.annex_item, '.')::int[]`.execute(q);
  return rows;
}

/** The Annex 1 numbers of the items of the basket in force on the day that the service provides (CR-8). */
export async function basketAnnexItemsOf(q: Q, serviceId: string, date: string): Promise<string[]> {
  const { rows } = await sql<{ annex_item: string }>`select bi_l.annex_item from basket_items bi_l
    join basket_item_services bis_l on bis_l.item_id = bi_l.id
    where bi_l.version_id = ${basketVersionInForceSql(date)} and bis_l.service_id = ${serviceId}
    order by string_to_array(bi_l.annex_item, '.')::int[]`.execute(q);
  return rows.map((r) => r.annex_item);
}

/** A token that changes whenever a version of the basket is recorded (for the ETags of answers that show it). */
export async function basketStateToken(q: Q): Promise<string> {
  const { rows } = await sql<{ n: number; last: string | null }>`select count(*)::int as n,
    max(bv_l.created_at)::text as last from basket_versions bv_l`.execute(q);
  return `${rows[0]?.n ?? 0}:${rows[0]?.last ?? ''}`;
}

/** DR-15: change requests by id, with their number and title (the obligations' dashboards name their subject so). */
export async function changeRequestRefs(
  q: Q,
  ids: readonly string[],
): Promise<Map<string, { number: number; title: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('basket_change_requests')
    .select(['id', 'number', 'title'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { number: r.number, title: r.title }]));
}

/** DR-25.2.1: versions by id, with their number and the day each takes effect (the obligations name them so). */
export async function versionRefs(
  q: Q,
  ids: readonly string[],
): Promise<Map<string, { number: number; effectiveFrom: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('basket_versions')
    .select(['id', 'number', 'effective_from'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { number: r.number, effectiveFrom: String(r.effective_from) }]));
}
