// BV-3.9: absences are agreed with the head, and a substitute is named for each; BV-3.3: vacations make the
// vacation schedule; BV-3.4: during the head's absence the executive director's deputy acts, so only the director's
// side (the municipality's admin) names it. One person is never absent twice on a day (refused, naming the field);
// a substitute who is absent at the same time is flagged, not refused: the head sees it and names another.
import type { Deps } from '../db.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Centre } from '../centres/lookups.ts';
import { lvDate } from '../obligations/lookups.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { addDays } from '../platform/time.ts';
import { absenceOn, employedOn, type ContinuityAbsence } from './continuity.ts';
import { actsForDirector } from './policy.ts';
import { presentAbsence, type AbsenceFlags, type AbsenceOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { AbsenceIn, RangeIn, SubstituteIn } from './schemas.ts';
import { centreFor, rangeOf } from './scope.ts';

const asContinuity = (a: repo.AbsenceRow): ContinuityAbsence => ({
  id: a.id,
  memberId: a.staff_member_id,
  kind: a.kind,
  startsOn: a.starts_on,
  endsOn: a.ends_on,
  substituteId: a.substitute_id,
});

/** The flags of one absence against the others of the centre (which must cover its days). */
export function flagsOf(a: repo.AbsenceRow, others: readonly ContinuityAbsence[]): AbsenceFlags {
  const substituteAbsentOn: string[] = [];
  if (a.substitute_id)
    for (let d = a.starts_on; d <= a.ends_on; d = addDays(d, 1))
      if (absenceOn(others, a.substitute_id, d)) substituteAbsentOn.push(d);
  return {
    substituteMissing: a.substitute_id === null,
    awaitingDeputy: a.member_is_head && a.substitute_id === null,
    substituteAbsentOn,
  };
}

async function present(deps: Deps, centreId: string, rows: readonly repo.AbsenceRow[]): Promise<AbsenceOut[]> {
  if (rows.length === 0) return [];
  // ISO dates sort as text: the first start and the last end.
  const from = rows.map((r) => r.starts_on).sort()[0]!;
  const to = rows
    .map((r) => r.ends_on)
    .sort()
    .at(-1)!;
  const all = (await repo.listAbsences(deps.db, [centreId], { from, to })).map(asContinuity);
  return rows.map((r) => presentAbsence(r, flagsOf(r, all)));
}

export async function listCentreAbsences(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  query: RangeIn,
): Promise<{ from: string; to: string; items: AbsenceOut[] }> {
  const centre = await centreFor(deps, context.actor, centreId, false);
  const range = rangeOf(deps, query);
  const rows = await repo.listAbsences(deps.db, [centre.id], range);
  return { ...range, items: await present(deps, centre.id, rows) };
}

/** The substitute: a member of the same centre, not the absent person, employed through the absence. */
async function checkSubstitute(
  deps: Deps,
  centre: Centre,
  memberId: string,
  substituteId: string,
  days: { startsOn: string; endsOn: string },
): Promise<FieldIssue | undefined> {
  const field = '/substituteId';
  if (substituteId === memberId) return { field, code: 'staff_substitute_self' };
  const substitute = await repo.findMember(deps.db, substituteId);
  if (!substitute || substitute.centre_id !== centre.id) return { field, code: 'staff_member_unknown' };
  const employment = { employedFrom: substitute.employed_from, employedUntil: substitute.employed_until };
  if (!employedOn(employment, days.startsOn) || !employedOn(employment, days.endsOn))
    return { field, code: 'staff_substitute_not_employed' };
  return undefined;
}

async function reload(deps: Deps, centreId: string, id: string, q = deps.db): Promise<AbsenceOut> {
  const row = (await repo.findAbsence(q, id))!;
  const [out] = await present({ ...deps, db: q }, centreId, [row]);
  return out!;
}

export async function recordAbsence(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  input: AbsenceIn,
): Promise<AbsenceOut> {
  const centre = await centreFor(deps, context.actor, centreId, true);
  const member = await repo.findMember(deps.db, input.memberId);
  if (!member || member.centre_id !== centre.id) throw ValidationError.field('/memberId', 'staff_member_unknown');
  const issues: FieldIssue[] = [];
  if (input.endsOn < input.startsOn) issues.push({ field: '/endsOn', code: 'field_date_order' });
  const employment = { employedFrom: member.employed_from, employedUntil: member.employed_until };
  if (!employedOn(employment, input.startsOn) || !employedOn(employment, input.endsOn))
    issues.push({
      field: '/startsOn',
      code: 'staff_absence_outside_employment',
      params: { from: lvDate(member.employed_from) },
    });
  const substituteId = input.substituteId ?? null;
  // BV-3.4: the head's deputy is the executive director's to name.
  if (substituteId && member.is_head && !actsForDirector(context.actor, centre))
    issues.push({ field: '/substituteId', code: 'staff_head_deputy_by_director' });
  else if (substituteId) {
    const issue = await checkSubstitute(deps, centre, member.id, substituteId, input);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const now = deps.now();
  return inTransaction(deps.db, async (trx) => {
    await repo.lockMember(trx, member.id);
    const clash = await repo.overlappingAbsence(trx, member.id, input.startsOn, input.endsOn);
    if (clash) {
      const params = { from: lvDate(clash.starts_on), to: lvDate(clash.ends_on) };
      throw new ConflictError(
        'staff_absence_overlaps',
        [{ field: '/startsOn', code: 'staff_absence_overlaps', params }],
        params,
      );
    }
    const id = await repo.insertAbsence(trx, {
      staff_member_id: member.id,
      kind: input.kind,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      substitute_id: substituteId,
      substitute_named_by: substituteId && member.is_head ? context.actor.userId : null,
      note: input.note?.trim() || null,
      created_by: context.actor.userId,
      created_at: now,
    });
    const out = await reload(deps, centre.id, id, trx);
    await recordAudit(trx, context, {
      action: 'staff.absence_record',
      entityType: 'staff_absence',
      entityId: id,
      organisationId: centre.municipality_id,
      after: out,
    });
    return out;
  });
}

/** BV-3.9: naming (or changing) the substitute later; BV-3.4: for the head only the director's side. */
export async function nameSubstitute(
  deps: Deps,
  context: AuditContext,
  absenceId: string,
  input: SubstituteIn,
): Promise<AbsenceOut> {
  const absence = await repo.findAbsence(deps.db, absenceId);
  if (!absence) throw new NotFoundError();
  const centre = await centreFor(deps, context.actor, absence.centre_id, true);
  if (absence.member_is_head && !actsForDirector(context.actor, centre))
    throw ValidationError.field('/substituteId', 'staff_head_deputy_by_director');
  if (input.substituteId) {
    const days = { startsOn: absence.starts_on, endsOn: absence.ends_on };
    const issue = await checkSubstitute(deps, centre, absence.staff_member_id, input.substituteId, days);
    if (issue) throw new ValidationError([issue]);
  }
  const before = await reload(deps, centre.id, absenceId);
  return inTransaction(deps.db, async (trx) => {
    await repo.updateAbsence(trx, absenceId, {
      substitute_id: input.substituteId,
      substitute_named_by: input.substituteId && absence.member_is_head ? context.actor.userId : null,
    });
    const out = await reload(deps, centre.id, absenceId, trx);
    await recordAudit(trx, context, {
      action: absence.member_is_head ? 'staff.deputy_name' : 'staff.substitute_name',
      entityType: 'staff_absence',
      entityId: absenceId,
      organisationId: centre.municipality_id,
      before,
      after: out,
    });
    return out;
  });
}

export async function cancelAbsence(deps: Deps, context: AuditContext, absenceId: string): Promise<void> {
  const absence = await repo.findAbsence(deps.db, absenceId);
  if (!absence) throw new NotFoundError();
  const centre = await centreFor(deps, context.actor, absence.centre_id, true);
  const before = await reload(deps, centre.id, absenceId);
  await inTransaction(deps.db, async (trx) => {
    await repo.deleteAbsence(trx, absenceId);
    await recordAudit(trx, context, {
      action: 'staff.absence_cancel',
      entityType: 'staff_absence',
      entityId: absenceId,
      organisationId: centre.municipality_id,
      before,
    });
  });
}
