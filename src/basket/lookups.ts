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
