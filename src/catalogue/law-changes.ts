// SR-11, second half: "when a law changes, the description is updated by the day the change takes effect". A law
// change is recorded against a service; its state is worked out, never stored, from the service's publications on
// Riga dates (lawChangeState). Q16 of the quality checks (quality.ts) flags the overdue ones and those about to be.
//
// Who records: those who edit the holder's services (SR-8, policy.ts `edit`) and the ministry's supervisors, who
// oversee the catalogue network-wide and learn of amendments first (AM-1.11 leaves supervision to the ministry).
// Auditors only read. Who reads: those who read the service's drafts (policy.ts `readsAll`). A change recorded by
// mistake is removed by those who may record it, only while it is pending; both steps are audited.
import type { Actor } from '../platform/access/actor.ts';
import { hasRole } from '../platform/access/actor.ts';
import type { Deps } from '../db.ts';
import type { ServiceStatus } from './tables.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { endOfRigaDay, isIsoDate, rigaDate } from '../platform/time.ts';
import { can, readsAll } from './policy.ts';
import * as repo from './repository.ts';
import * as changes from './law-changes-repository.ts';

export const LAW_CHANGE_STATES = ['pending', 'met', 'late', 'overdue', 'void'] as const;
export type LawChangeState = (typeof LAW_CHANGE_STATES)[number];

/** Q16 warns while a pending change takes effect within this many working days (the holder's calendar). */
export const LAW_CHANGE_WARNING_WORKING_DAYS = 10;

/**
 * SR-11: a change is met when a version was published after it was recorded and before its effective day ended in
 * Riga (a publication before the recording updated nothing for it), late when that publication came after the
 * day; without one it is pending until the day has passed, overdue after. A withdrawn service owes nothing: void.
 */
export function lawChangeState(
  effectiveOn: string,
  publishedAt: Date | null,
  status: ServiceStatus,
  now: Date,
): LawChangeState {
  if (status === 'withdrawn') return 'void';
  if (publishedAt) return publishedAt.getTime() < endOfRigaDay(effectiveOn).getTime() ? 'met' : 'late';
  return rigaDate(now) <= effectiveOn ? 'pending' : 'overdue';
}

/** Recording (and removing by mistake): the holder's describers (SR-8) and the ministry's supervisors. */
export function recordsLawChanges(actor: Actor, holderId: string): boolean {
  return can(actor, 'edit', holderId) || hasRole(actor, 'ministry_supervisor');
}

export interface LawChangeIn {
  title: string;
  url?: string | null | undefined;
  effectiveOn: string;
}

export interface LawChangeOut {
  id: string;
  title: string;
  url: string | null;
  effectiveOn: string;
  state: LawChangeState;
  publishedAt: string | null;
  recordedAt: string;
  recordedBy: { name: string; organisation: string | null };
  canDelete: boolean;
}

export function presentLawChange(
  row: changes.LawChangeRow,
  status: ServiceStatus,
  now: Date,
  mayRecord: boolean,
): LawChangeOut {
  const state = lawChangeState(row.effective_on, row.published_at, status, now);
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    effectiveOn: row.effective_on,
    state,
    publishedAt: row.published_at?.toISOString() ?? null,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: { name: row.recorder_name ?? row.recorded_by_label, organisation: row.recorder_organisation },
    canDelete: mayRecord && state === 'pending',
  };
}

/** What an audit event keeps of a change: the facts, not the state of the moment or the caller's rights. */
function auditView(serviceId: string, c: LawChangeOut) {
  return {
    serviceId,
    id: c.id,
    title: c.title,
    url: c.url,
    effectiveOn: c.effectiveOn,
    recordedAt: c.recordedAt,
    recordedBy: c.recordedBy,
  };
}

function checkedInput(input: LawChangeIn): { title: string; url: string | null; effectiveOn: string } {
  const title = input.title.trim();
  if (!title) throw ValidationError.field('/title', 'field_required');
  if (!isIsoDate(input.effectiveOn)) throw ValidationError.field('/effectiveOn', 'field_format', { format: 'date' });
  const year = Number(input.effectiveOn.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw ValidationError.field('/effectiveOn', 'field_date_range');
  return { title, url: input.url?.trim() || null, effectiveOn: input.effectiveOn };
}

export interface LawChangeList {
  items: LawChangeOut[];
  canRecord: boolean;
}

export async function listLawChanges(deps: Deps, actor: Actor, serviceId: string): Promise<LawChangeList> {
  const service = await repo.findService(deps.db, serviceId);
  if (!service || !readsAll(actor, service.holder_id)) throw new NotFoundError();
  const mayRecord = recordsLawChanges(actor, service.holder_id);
  const now = deps.now();
  const rows = await changes.listLawChanges(deps.db, serviceId);
  return {
    items: rows.map((r) => presentLawChange(r, service.status, now, mayRecord)),
    canRecord: mayRecord && service.status !== 'withdrawn',
  };
}

export async function recordLawChange(
  deps: Deps,
  serviceId: string,
  input: LawChangeIn,
  context: AuditContext,
): Promise<LawChangeOut> {
  const service = await repo.findService(deps.db, serviceId);
  if (!service || !recordsLawChanges(context.actor, service.holder_id)) throw new NotFoundError();
  const values = checkedInput(input);
  if (service.status === 'withdrawn')
    throw new ConflictError('service_withdrawn', [{ field: '/id', code: 'service_withdrawn', in: 'path' }]);
  return inTransaction(deps.db, async (trx) => {
    const now = deps.now();
    const id = await changes.insertLawChange(trx, {
      service_id: serviceId,
      title: values.title,
      url: values.url,
      effective_on: values.effectiveOn,
      recorded_by: context.actor.userId,
      recorded_by_label: context.actor.label.slice(0, 300) || '?',
      recorded_at: now,
    });
    const after = presentLawChange((await changes.findLawChange(trx, serviceId, id))!, service.status, now, true);
    await recordAudit(trx, context, {
      action: 'service.law_change_record',
      entityType: 'service',
      entityId: serviceId,
      organisationId: service.holder_id,
      after: auditView(serviceId, after),
    });
    return after;
  });
}

/** A change recorded by mistake: removed while pending only (once met, late or overdue it is history). */
export async function removeLawChange(
  deps: Deps,
  serviceId: string,
  changeId: string,
  context: AuditContext,
): Promise<void> {
  const service = await repo.findService(deps.db, serviceId);
  if (!service || !recordsLawChanges(context.actor, service.holder_id)) throw new NotFoundError();
  await inTransaction(deps.db, async (trx) => {
    // Queue behind a publication in progress: it may be what makes the change no longer pending.
    await repo.lockService(trx, serviceId);
    const current = (await repo.findService(trx, serviceId))!;
    const row = await changes.findLawChange(trx, serviceId, changeId);
    if (!row) throw new NotFoundError();
    const before = presentLawChange(row, current.status, deps.now(), true);
    if (before.state !== 'pending')
      throw new ConflictError('law_change_not_pending', [
        { field: '/changeId', code: 'law_change_not_pending', in: 'path' },
      ]);
    await changes.deleteLawChange(trx, changeId);
    await recordAudit(trx, context, {
      action: 'service.law_change_delete',
      entityType: 'service',
      entityId: serviceId,
      organisationId: service.holder_id,
      before: auditView(serviceId, before),
    });
  });
}

// ---- Q16's context (quality-service.ts) -----------------------------------------------------------------------

export interface LawChangeForQuality {
  title: string;
  effectiveOn: string;
  state: LawChangeState;
}

/** The last day Q16 warns about: the 10th working day after today on the holder's calendar. */
export async function lawChangeHorizon(deps: Deps, holderId: string, today: string): Promise<string> {
  return (await calendarFor(deps, holderId)).dueAfterWorkingDays(today, LAW_CHANGE_WARNING_WORKING_DAYS);
}

/** One service's changes and the warning horizon (worked out only when a change is pending). */
export async function lawChangeContext(
  deps: Deps,
  service: { id: string; holder_id: string; status: ServiceStatus },
): Promise<{ lawChanges: LawChangeForQuality[]; lawChangeHorizon?: string }> {
  const now = deps.now();
  const lawChanges = (await changes.listLawChanges(deps.db, service.id)).map((r) => ({
    title: r.title,
    effectiveOn: r.effective_on,
    state: lawChangeState(r.effective_on, r.published_at, service.status, now),
  }));
  if (!lawChanges.some((c) => c.state === 'pending')) return { lawChanges };
  return { lawChanges, lawChangeHorizon: await lawChangeHorizon(deps, service.holder_id, rigaDate(now)) };
}

/** The dashboard's: every unfollowed change by service, and each concerned holder's horizon (one calendar each). */
export async function lawChangesByService(
  deps: Deps,
  holders: readonly string[] | undefined,
): Promise<{ byService: Map<string, LawChangeForQuality[]>; horizons: Map<string, string> }> {
  const byService = new Map<string, LawChangeForQuality[]>();
  const horizons = new Map<string, string>();
  if (holders?.length === 0) return { byService, horizons };
  const now = deps.now();
  const today = rigaDate(now);
  for (const row of await changes.unfollowedLawChanges(deps.db, holders)) {
    // Not withdrawn and not followed by a publication (the query's conditions): pending or overdue.
    const state = lawChangeState(row.effective_on, null, row.status, now);
    const list = byService.get(row.service_id) ?? [];
    list.push({ title: row.title, effectiveOn: row.effective_on, state });
    byService.set(row.service_id, list);
    if (state === 'pending' && !horizons.has(row.holder_id))
      horizons.set(row.holder_id, await lawChangeHorizon(deps, row.holder_id, today));
  }
  return { byService, horizons };
}
