// SQL for authorised e-services: the anonymous record, its steps, the client's personal data (DR-27.3), the
// catalogue's filable services (DR-29), lists, statistics and the retention job's candidates.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { AuthorisedEservicesTable, EserviceStep, EserviceStatus } from './tables.ts';
import type { DB, Tx } from '../db.ts';
import {
  serviceHolderOf,
  serviceIdentifierOf,
  serviceNameOf,
  versionNameEnOf,
  versionNameLvOf,
} from '../catalogue/lookups.ts';
import { centreIdsOfMunicipalities, centreMunicipalityOf, centreNameOf, findCentreRef } from '../centres/lookups.ts';
import { organisationNameOf, organisationsById } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';

type Q = Kysely<DB> | Tx;

// DR-29: the services a centre may file on a client's behalf are the catalogue's answer.
export { findFilableService, listFilableServices, type FilableServiceRow } from '../catalogue/lookups.ts';

/** The centre with its municipality's name (undefined when there is none). */
export async function findCentre(q: Q, id: string) {
  const centre = await findCentreRef(q, id);
  if (!centre) return undefined;
  const municipality = (await organisationsById(q, [centre.municipality_id])).get(centre.municipality_id);
  return { ...centre, municipality_name: municipality?.name ?? '' };
}

export async function insertEservice(
  q: Q,
  values: { centre_id: string; service_id: string; service_version_id: string; started_by: string | null },
  now: Date,
): Promise<string> {
  const row = await q
    .insertInto('authorised_eservices')
    .values({ ...values, started_at: now, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEservice(
  q: Q,
  id: string,
  values: Updateable<AuthorisedEservicesTable>,
  now: Date,
): Promise<void> {
  await q
    .updateTable('authorised_eservices')
    .set({ ...values, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Steps of one record queue up behind each other. */
export function lockEservice(q: Tx, id: string) {
  return q.selectFrom('authorised_eservices').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

function eserviceRows(q: Q) {
  return q
    .selectFrom('authorised_eservices as e')
    .leftJoin('authorised_eservice_clients as cl', 'cl.eservice_id', 'e.id')
    .selectAll('e')
    .select([
      centreNameOf('e.centre_id').as('centre_name'),
      centreMunicipalityOf('e.centre_id').as('municipality_id'),
      organisationNameOf(centreMunicipalityOf('e.centre_id')).as('municipality_name'),
      serviceIdentifierOf('e.service_id').as('service_identifier'),
      versionNameLvOf('e.service_version_id').as('service_name_lv'),
      versionNameEnOf('e.service_version_id').as('service_name_en'),
      organisationNameOf(serviceHolderOf('e.service_id')).as('holder_name'),
      userNameOf('e.started_by').as('started_by_name'),
      userNameOf('e.cancelled_by').as('cancelled_by_name'),
      'cl.name as client_name',
      'cl.personal_code as client_personal_code',
    ])
    .select((eb) =>
      eb
        .selectFrom('authorised_eservice_steps as st')
        .whereRef('st.eservice_id', '=', 'e.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('steps_done'),
    );
}

export type EserviceRow = Awaited<ReturnType<typeof findEservice>> & {};

export function findEservice(q: Q, id: string) {
  return eserviceRows(q).where('e.id', '=', id).executeTakeFirst();
}

export interface EserviceFilter {
  /** Centres and municipalities (all their centres) in the caller's scope; undefined: all of them. */
  centreIds?: string[] | undefined;
  municipalityIds?: string[] | undefined;
  centreId?: string | undefined;
  status?: EserviceStatus | undefined;
  /** Started at or after this instant, and before that one (the Riga days' bounds). */
  startedFrom?: Date | undefined;
  startedBefore?: Date | undefined;
  limit: number;
  offset: number;
}

function scoped<T extends ReturnType<typeof eserviceRows>>(
  query: T,
  filter: Pick<
    EserviceFilter,
    'centreIds' | 'municipalityIds' | 'centreId' | 'status' | 'startedFrom' | 'startedBefore'
  >,
): T {
  let out = query;
  const { centreIds, municipalityIds } = filter;
  if (centreIds || municipalityIds) {
    const centres = centreIds ?? [];
    const municipalities = municipalityIds ?? [];
    out = out.where((eb) =>
      eb.or([
        ...(centres.length > 0 ? [eb('e.centre_id', 'in', centres)] : []),
        ...(municipalities.length > 0
          ? [sql<boolean>`e.centre_id in ${centreIdsOfMunicipalities(municipalities)}`]
          : []),
        sql<boolean>`false`,
      ]),
    ) as T;
  }
  if (filter.centreId) out = out.where('e.centre_id', '=', filter.centreId) as T;
  if (filter.status) out = out.where('e.status', '=', filter.status) as T;
  if (filter.startedFrom) out = out.where('e.started_at', '>=', filter.startedFrom) as T;
  if (filter.startedBefore) out = out.where('e.started_at', '<', filter.startedBefore) as T;
  return out;
}

export async function listEservices(q: Q, filter: EserviceFilter) {
  const query = scoped(eserviceRows(q), filter);
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('e.started_at', 'desc')
    .orderBy('e.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: Number(total), rows };
}

export function findClient(q: Q, eserviceId: string) {
  return q
    .selectFrom('authorised_eservice_clients')
    .selectAll()
    .where('eservice_id', '=', eserviceId)
    .executeTakeFirst();
}

export async function insertClient(
  q: Q,
  values: {
    eservice_id: string;
    name: string;
    personal_code: string;
    document_number: string;
    document_valid_until: string;
  },
): Promise<void> {
  await q.insertInto('authorised_eservice_clients').values(values).execute();
}

export async function updateClient(
  q: Q,
  eserviceId: string,
  values: { postal_address?: string | null; filing_reference?: string | null },
): Promise<void> {
  await q.updateTable('authorised_eservice_clients').set(values).where('eservice_id', '=', eserviceId).execute();
}

export function listSteps(q: Q, eserviceId: string) {
  return q
    .selectFrom('authorised_eservice_steps as st')
    .select(['st.step', 'st.position', 'st.done_at', 'st.done_by', userNameOf('st.done_by').as('done_by_name')])
    .where('st.eservice_id', '=', eserviceId)
    .orderBy('st.position')
    .execute();
}

export type StepRow = Awaited<ReturnType<typeof listSteps>>[number];

export async function insertStep(
  q: Q,
  values: { eservice_id: string; step: EserviceStep; position: number; done_by: string | null },
  now: Date,
): Promise<void> {
  await q
    .insertInto('authorised_eservice_steps')
    .values({ ...values, done_at: now })
    .execute();
}

export interface StatisticsFilter {
  from: string;
  to: string;
  centreIds?: string[] | undefined;
  municipalityIds?: string[] | undefined;
}

/** Counts by centre, service, status and delivery channel of e-services started between two Riga days. */
export function statistics(q: Q, filter: StatisticsFilter, startsAt: Date, endsAt: Date) {
  return scoped(eserviceRows(q), filter)
    .clearSelect()
    .select([
      'e.centre_id',
      centreNameOf('e.centre_id').as('centre_name'),
      'e.service_id',
      serviceIdentifierOf('e.service_id').as('service_identifier'),
      serviceNameOf('e.service_id').as('service_name_lv'),
      'e.status',
      'e.delivery_channel',
    ])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.started_at', '>=', startsAt)
    .where('e.started_at', '<', endsAt)
    .groupBy(['e.centre_id', 'e.service_id', 'e.status', 'e.delivery_channel'])
    .orderBy(serviceIdentifierOf('e.service_id'))
    .limit(5000)
    .execute();
}

/** An advisory lock for this transaction, or false when another transaction holds it. */
export async function tryTransactionLock(q: Tx, key: number): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${key}) as locked`.execute(q);
  return result.rows[0]?.locked === true;
}

/**
 * Completed or cancelled records that still hold personal data and were closed (completed or cancelled) on or before
 * the day, oldest first (DR-27.3 counts from either day).
 */
export function retentionCandidates(q: Tx, closedOnOrBefore: string, limit: number) {
  const closedOn = sql<string>`coalesce(e.completed_on, e.cancelled_on)`;
  return q
    .selectFrom('authorised_eservices as e')
    .select([
      'e.id',
      'e.status',
      'e.centre_id',
      'e.service_id',
      'e.delivery_channel',
      centreMunicipalityOf('e.centre_id').as('municipality_id'),
      closedOn.as('closed_on'),
    ])
    .where('e.personal_data_removed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('e.status', '=', 'completed'), eb('e.completed_on', '<=', closedOnOrBefore)]),
        eb.and([eb('e.status', '=', 'cancelled'), eb('e.cancelled_on', '<=', closedOnOrBefore)]),
      ]),
    )
    .orderBy(closedOn)
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

/** Open workflows whose last step (or their start, before any step) was before the instant, oldest first. */
export function abandonedCandidates(q: Tx, lastActivityBefore: Date, limit: number) {
  const lastActivity = sql<Date>`coalesce((select max(st.done_at) from authorised_eservice_steps st where st.eservice_id = e.id), e.started_at)`;
  return q
    .selectFrom('authorised_eservices as e')
    .select([
      'e.id',
      'e.centre_id',
      'e.service_id',
      centreMunicipalityOf('e.centre_id').as('municipality_id'),
      lastActivity.as('last_activity'),
    ])
    .where('e.status', '=', 'in_progress')
    .where(lastActivity, '<', lastActivityBefore)
    .orderBy('e.started_at')
    .orderBy('e.id')
    .limit(limit)
    .forUpdate('e')
    .execute();
}

/** Closes an open workflow as cancelled (by staff, or the retention job: `by` null). */
export async function cancelEservice(
  q: Q,
  id: string,
  values: { cancelled_on: string; cancelled_by: string | null; cancel_reason: string },
  now: Date,
): Promise<void> {
  await q
    .updateTable('authorised_eservices')
    .set({ ...values, status: 'cancelled', cancelled_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'in_progress')
    .execute();
}

/** DR-27.3: deletes the client's row and marks the record anonymous (a cancellation's free-text reason goes too). */
export async function removePersonalData(q: Tx, id: string, now: Date): Promise<void> {
  await q.deleteFrom('authorised_eservice_clients').where('eservice_id', '=', id).execute();
  await q
    .updateTable('authorised_eservices')
    .set({ personal_data_removed_at: now, cancel_reason: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}
