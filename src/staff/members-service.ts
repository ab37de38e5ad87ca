// BV-3.1: the head keeps the centre's staff list: each person's position, their user account when they have one,
// the point they work at and their employment. BV-3.2: who heads the centre is the executive director's decision,
// recorded by the municipality's admin. Every write audited in its transaction.
import type { Deps } from '../db.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { findPointRef, type Centre } from '../centres/lookups.ts';
import { findUserOf } from '../people/lookups.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { actsForDirector } from './policy.ts';
import { presentMember, type MemberOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { MemberIn, MemberPatchIn } from './schemas.ts';
import { centreFor } from './scope.ts';

export async function listStaff(deps: Deps, context: AuditContext, centreId: string): Promise<{ items: MemberOut[] }> {
  const centre = await centreFor(deps, context.actor, centreId, false);
  return { items: (await repo.listMembers(deps.db, [centre.id])).map(presentMember) };
}

type Values = Required<Pick<MemberIn, 'name' | 'position' | 'employedFrom'>> & {
  userId: string | null;
  servicePointId: string | null;
  isHead: boolean;
  employedUntil: string | null;
};

/** Every bad field at once, so the form shows all of them. */
async function check(deps: Deps, centre: Centre, v: Values, memberId?: string) {
  const issues: FieldIssue[] = [];
  if (!v.name.trim()) issues.push({ field: '/name', code: 'field_required' });
  if (!v.position.trim()) issues.push({ field: '/position', code: 'field_required' });
  if (v.employedUntil !== null && v.employedUntil < v.employedFrom)
    issues.push({ field: '/employedUntil', code: 'field_date_order' });
  if (v.servicePointId) {
    const point = await findPointRef(deps.db, v.servicePointId);
    if (!point || point.centre_id !== centre.id)
      issues.push({ field: '/servicePointId', code: 'staff_point_not_in_centre' });
  }
  if (v.userId) {
    if (!(await findUserOf(deps.db, v.userId, centre.municipality_id)))
      issues.push({ field: '/userId', code: 'staff_user_not_of_municipality' });
    else {
      const listed = await repo.findMemberByUser(deps.db, centre.id, v.userId);
      if (listed && listed.id !== memberId) issues.push({ field: '/userId', code: 'staff_user_listed' });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

const columns = (v: Values) => ({
  name: v.name.trim(),
  position: v.position.trim(),
  user_id: v.userId,
  service_point_id: v.servicePointId,
  is_head: v.isHead,
  employed_from: v.employedFrom,
  employed_until: v.employedUntil,
});

export async function addMember(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  input: MemberIn,
): Promise<MemberOut> {
  const centre = await centreFor(deps, context.actor, centreId, true);
  // BV-3.2: the head is the director's appointment; the head's own user is the head once the director named them.
  if (input.isHead && !actsForDirector(context.actor, centre))
    throw ValidationError.field('/isHead', 'staff_head_set_by_director');
  const values: Values = {
    name: input.name,
    position: input.position,
    employedFrom: input.employedFrom,
    userId: input.userId ?? null,
    servicePointId: input.servicePointId ?? null,
    isHead: input.isHead ?? (input.userId != null && input.userId === centre.head_user_id),
    employedUntil: input.employedUntil ?? null,
  };
  await check(deps, centre, values);
  const now = deps.now();
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertMember(trx, {
      centre_id: centre.id,
      ...columns(values),
      created_at: now,
      updated_at: now,
    });
    const row = (await repo.findMember(trx, id))!;
    await recordAudit(trx, context, {
      action: 'staff.member_add',
      entityType: 'staff_member',
      entityId: id,
      organisationId: centre.municipality_id,
      after: presentMember(row),
    });
    return presentMember(row);
  });
}

export async function changeMember(
  deps: Deps,
  context: AuditContext,
  memberId: string,
  input: MemberPatchIn,
): Promise<MemberOut> {
  const before = await repo.findMember(deps.db, memberId);
  if (!before) throw new NotFoundError();
  const centre = await centreFor(deps, context.actor, before.centre_id, true);
  if (input.isHead !== undefined && input.isHead !== before.is_head && !actsForDirector(context.actor, centre))
    throw ValidationError.field('/isHead', 'staff_head_set_by_director');
  const values: Values = {
    name: input.name ?? before.name,
    position: input.position ?? before.position,
    employedFrom: input.employedFrom ?? before.employed_from,
    userId: input.userId === undefined ? before.user_id : input.userId,
    servicePointId: input.servicePointId === undefined ? before.service_point_id : input.servicePointId,
    isHead: input.isHead ?? before.is_head,
    employedUntil: input.employedUntil === undefined ? before.employed_until : input.employedUntil,
  };
  await check(deps, centre, values, memberId);
  return inTransaction(deps.db, async (trx) => {
    await repo.updateMember(trx, memberId, { ...columns(values), updated_at: deps.now() });
    const row = (await repo.findMember(trx, memberId))!;
    await recordAudit(trx, context, {
      action: 'staff.member_change',
      entityType: 'staff_member',
      entityId: memberId,
      organisationId: centre.municipality_id,
      before: presentMember(before),
      after: presentMember(row),
    });
    return presentMember(row);
  });
}
