// What other capabilities may ask about centres and their service points: names, municipalities and reception
// hours, as plain functions or as SQL fragments they embed in their own query (without naming these tables).
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Centre, CentreStatus } from './tables.ts';
import type { DB, Tx } from '../db.ts';

// The row type other capabilities read through these lookups.
export type { Centre } from './tables.ts';

type Q = Kysely<DB> | Tx;
/** A column of the caller's query (`'c.centre_id'`) or any expression giving an id. */
export type IdRef = string | Expression<string | null>;

const ref = (id: IdRef) => (typeof id === 'string' ? sql.ref(id) : id);
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** The centre's name, as a scalar sub-select of the caller's query. */
export function centreNameOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select ctr_l.name from centres ctr_l where ctr_l.id = ${ref(id)})`;
}

/** Names of these centres by id (unknown ids are left out): one query for a page of records naming centres. */
export async function centreNamesById(q: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('centres')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The centre's municipality, as a scalar sub-select of the caller's query. */
export function centreMunicipalityOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select ctr_l.municipality_id from centres ctr_l where ctr_l.id = ${ref(id)})`;
}

/** The service point's name, as a scalar sub-select of the caller's query. */
export function pointNameOf(id: IdRef): RawBuilder<string> {
  return sql<string>`(select pnt_l.name from service_points pnt_l where pnt_l.id = ${ref(id)})`;
}

/** The ids of the centres of these municipalities, as a sub-select for the caller's `in`. */
export function centreIdsOfMunicipalities(municipalityIds: readonly string[]): RawBuilder<string> {
  return sql<string>`(select ctr_l.id from centres ctr_l where ctr_l.municipality_id = any(${[...municipalityIds]}::uuid[]))`;
}

/** The centre with its municipality and status (undefined when there is none). */
export function findCentreRef(
  q: Q,
  id: string,
): Promise<{ id: string; name: string; municipality_id: string; status: CentreStatus } | undefined> {
  return q
    .selectFrom('centres')
    .select(['id', 'name', 'municipality_id', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The service point and its centre (undefined when there is none). */
export function findPointRef(q: Q, id: string): Promise<{ id: string; centre_id: string } | undefined> {
  return q.selectFrom('service_points').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
}

/** Every centre with its municipality, by id. */
export function allCentreRefs(q: Q): Promise<{ id: string; municipality_id: string }[]> {
  return q.selectFrom('centres').select(['id', 'municipality_id']).orderBy('id').execute();
}

/** The centres of these municipalities (undefined: all), as stored. */
export function listCentresOf(q: Q, municipalityIds?: readonly string[]): Promise<Centre[]> {
  let query = q.selectFrom('centres').selectAll();
  if (municipalityIds)
    query = query.where('municipality_id', 'in', municipalityIds.length > 0 ? [...municipalityIds] : [NO_ID]);
  return query.execute();
}

/** One centre as stored. */
export function findCentreById(q: Q, id: string): Promise<Centre | undefined> {
  return q.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst();
}

// ── A contact's registration reads these in its one query ──

/**
 * The centre as JSON `{ id, name, kind, municipalityId, status, followsCabinetTransfers }`; the last is asked of
 * the municipality's owner through `follows` (given the municipality's id column).
 */
export function registrationCentreJson(
  centreId: string,
  follows: (municipalityId: Expression<string>) => Expression<boolean>,
): RawBuilder<unknown> {
  return sql`(select json_build_object('id', ctr_r.id, 'name', ctr_r.name, 'kind', ctr_r.kind, 'municipalityId', ctr_r.municipality_id, 'status', ctr_r.status,
                 'followsCabinetTransfers', ${follows(sql.ref<string>('ctr_r.municipality_id'))})
         from centres ctr_r where ctr_r.id = ${centreId})`;
}

/** The service point as JSON `{ id, name, centreId }`. */
export function registrationPointJson(pointId: string): RawBuilder<unknown> {
  return sql`(select json_build_object('id', pnt_r.id, 'name', pnt_r.name, 'centreId', pnt_r.centre_id)
         from service_points pnt_r where pnt_r.id = ${pointId})`;
}

/**
 * CR-20.8: the reception versions at the centre in force on `date` of the institutions among `institutionIds` (a
 * sub-select of the caller), as a JSON array of `{ institutionId, validFrom, validUntil, intervals }`.
 */
export function receptionJson(
  centreId: string,
  date: Expression<unknown>,
  institutionIds: Expression<unknown>,
): RawBuilder<unknown> {
  return sql`coalesce((select json_agg(json_build_object('institutionId', r.institution_id, 'validFrom', r.valid_from, 'validUntil', r.valid_until,
                 'intervals', coalesce((select json_agg(json_build_object('weekday', i.weekday, 'opens', i.opens_min, 'closes', i.closes_min))
                                          from reception_intervals i where i.schedule_id = r.id), '[]')))
         from reception_schedules r
         where r.centre_id = ${centreId} and r.valid_from <= ${date}
           and (r.valid_until is null or r.valid_until >= ${date})
           and r.institution_id in ${institutionIds}), '[]')`;
}
