// Authorised e-services (AM-1.1): starting one for a filable catalogue service (DR-29), reading and listing them,
// revealing a personal code (audited), and the statistics the anonymous records keep. The steps of AM-1.5 are in
// step-service.ts, the PDF of the authorisation in pdf-service.ts, the removal after three months in retention.ts.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, GoneError, NotFoundError, RefusedByRuleError, ValidationError } from '../platform/errors.ts';
import { endOfRigaDay, rigaDate, startOfRigaDay } from '../platform/time.ts';
import { formatPersonalCode } from '../platform/identifiers/personal-code.ts';
import { canRead, isStaffOf, listScope } from './policy.ts';
import {
  presentDetail,
  presentFilable,
  presentListItem,
  presentStatistics,
  type DetailOut,
  type FilableServiceOut,
  type StatisticsOut,
  type SummaryOut,
} from './presenters.ts';
import * as repo from './repository.ts';
import type { FilableIn, ListIn, StartIn, StatisticsIn } from './schemas.ts';

type Q = Kysely<DB> | Tx;

/** A centre where clients are served: operating, or operating until its liquidation. */
const SERVING = ['operating', 'liquidation_decided'];

const scopeOf = (row: repo.EserviceRow) => ({ id: row.centre_id, municipality_id: row.municipality_id });

/** The record as this caller may see it; undefined outside the caller's scope (not found). */
export async function eserviceDetail(q: Q, actor: Actor, id: string): Promise<DetailOut | undefined> {
  const row = await repo.findEservice(q, id);
  if (!row || !canRead(actor, scopeOf(row))) return undefined;
  const canAct = isStaffOf(actor, scopeOf(row));
  const steps = await repo.listSteps(q, id);
  const client = canAct ? await repo.findClient(q, id) : undefined;
  return presentDetail({ row, steps, client, canAct });
}

export async function getEservice(deps: Deps, actor: Actor, id: string): Promise<DetailOut> {
  const found = await eserviceDetail(deps.db, actor, id);
  if (!found) throw new NotFoundError();
  return found;
}

/** The record if the caller is the centre's staff; not found otherwise (the ministry reads, but does not act). */
export async function staffRecord(q: Q, actor: Actor, id: string): Promise<repo.EserviceRow> {
  const row = await repo.findEservice(q, id);
  if (!row || !isStaffOf(actor, scopeOf(row))) throw new NotFoundError();
  return row;
}

export async function listEservices(
  deps: Deps,
  actor: Actor,
  query: ListIn,
): Promise<{ total: number; items: SummaryOut[] }> {
  const scope = listScope(actor);
  if (query.startedFrom && query.startedTo && query.startedTo < query.startedFrom)
    throw ValidationError.query('/startedTo', 'field_date_order');
  const { total, rows } = await repo.listEservices(deps.db, {
    ...scope,
    centreId: query.centreId,
    status: query.status,
    startedFrom: query.startedFrom ? startOfRigaDay(query.startedFrom) : undefined,
    startedBefore: query.startedTo ? endOfRigaDay(query.startedTo) : undefined,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { total, items: rows.map((row) => presentListItem(row, isStaffOf(actor, scopeOf(row)))) };
}

/** DR-29: the services whose published description allows filing on a client's behalf. */
export async function filableServices(deps: Deps, query: FilableIn): Promise<FilableServiceOut[]> {
  const rows = await repo.listFilableServices(deps.db, query.q?.trim() || undefined, query.limit ?? 100);
  return rows.map(presentFilable);
}

/** AM-1.1: the centre's staff start the workflow for a filable service (DR-29: otherwise refused naming /serviceId). */
export async function startEservice(deps: Deps, input: StartIn, context: AuditContext): Promise<DetailOut> {
  const actor = context.actor;
  const centre = await repo.findCentre(deps.db, input.centreId);
  if (!centre || !isStaffOf(actor, centre)) throw ValidationError.field('/centreId', 'centre_unknown');
  if (!SERVING.includes(centre.status)) throw ValidationError.field('/centreId', 'eservice_centre_not_serving');
  const service = await repo.findFilableService(deps.db, input.serviceId);
  if (!service)
    throw new RefusedByRuleError('eservice_not_filable', {}, [{ field: '/serviceId', code: 'eservice_not_filable' }]);
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertEservice(
      trx,
      {
        centre_id: centre.id,
        service_id: service.id,
        service_version_id: service.version_id,
        started_by: actor.userId,
      },
      deps.now(),
    );
    await recordAudit(trx, context, {
      action: 'authorised_eservice.start',
      entityType: 'authorised_eservice',
      entityId: id,
      organisationId: centre.municipality_id,
      after: {
        rule: 'AM-1.1',
        centreId: centre.id,
        serviceId: service.id,
        serviceIdentifier: service.identifier,
        serviceVersionId: service.version_id,
      },
    });
    return (await eserviceDetail(trx, actor, id))!;
  });
}

/** The client's personal data for a staff action, or why they are not there. */
export async function clientOf(q: Q, row: repo.EserviceRow) {
  if (row.personal_data_removed_at) throw new GoneError('eservice_personal_data_removed');
  const client = await repo.findClient(q, row.id);
  if (!client) throw new ConflictError('eservice_identity_first');
  return client;
}

/** Showing a personal code in full is a deliberate, audited action of the centre's staff. */
export async function revealClientCode(
  deps: Deps,
  id: string,
  context: AuditContext,
): Promise<{ personalCode: string }> {
  const row = await staffRecord(deps.db, context.actor, id);
  const client = await clientOf(deps.db, row);
  await inTransaction(deps.db, (trx) =>
    recordAudit(trx, context, {
      action: 'person.code_viewed',
      entityType: 'authorised_eservice',
      entityId: id,
      organisationId: row.municipality_id,
      after: { field: 'personalCode' },
    }),
  );
  return { personalCode: formatPersonalCode(client.personal_code) };
}

/** Anonymous counts for the ministry and auditors (every centre) and the centre's staff (their centres). */
export async function eserviceStatistics(deps: Deps, actor: Actor, query: StatisticsIn): Promise<StatisticsOut> {
  const today = rigaDate(deps.now());
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (to < from) throw ValidationError.query('/to', 'eservice_period_reversed');
  const rows = await repo.statistics(
    deps.db,
    { from, to, ...listScope(actor) },
    startOfRigaDay(from),
    endOfRigaDay(to),
  );
  return presentStatistics(from, to, rows);
}
