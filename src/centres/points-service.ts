// Service points (BV-1.2, BV-1.8): their details and functions (BV-2.1), weekly hours with seasonal variants, and
// closures or special hours on dates. Scope: the centre's editors (policy.ts); outside it, not found. Audited.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { parseDay } from './clock.ts';
import { clean, dateIssue, parseDays, throwIfAny } from './input.ts';
import { loadPoints } from './load.ts';
import * as points from './points-repository.ts';
import { findCentreRow, lockCentre } from './repository.ts';
import { can } from './policy.ts';
import { presentPoint, type PointOut } from './presenters.ts';
import type { CreatePointIn, ExceptionIn, HoursIn, UpdatePointIn } from './schemas.ts';

type Q = Kysely<DB> | Tx;

async function pointOut(q: Q, centreId: string, pointId: string): Promise<PointOut> {
  const all = (await loadPoints(q, [centreId])).get(centreId) ?? [];
  return presentPoint(all.find((p) => p.row.id === pointId)!);
}

async function editableCentre(deps: Deps, actor: Actor, centreId: string) {
  const centre = await findCentreRow(deps.db, centreId);
  if (!centre || !can(actor, 'edit_points', centre)) throw new NotFoundError();
  return centre;
}

async function editablePoint(deps: Deps, actor: Actor, pointId: string) {
  const point = await points.findPointRow(deps.db, pointId);
  if (!point) throw new NotFoundError();
  const centre = await editableCentre(deps, actor, point.centre_id);
  return { point, centre };
}

function coordinatesIssue(latitude: number | null, longitude: number | null): FieldIssue | undefined {
  if ((latitude === null) === (longitude === null)) return undefined;
  return { field: latitude === null ? '/latitude' : '/longitude', code: 'coordinates_pair' };
}

function pointValues(input: UpdatePointIn): Partial<points.PointValues> {
  const issues: FieldIssue[] = [];
  if (input.name !== undefined && input.name.trim() === '') issues.push({ field: '/name', code: 'field_required' });
  if (input.address !== undefined && input.address.trim() === '')
    issues.push({ field: '/address', code: 'field_required' });
  throwIfAny(issues);
  return {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.address !== undefined ? { address: input.address.trim() } : {}),
    ...(input.latitude !== undefined ? { latitude: input.latitude } : {}),
    ...(input.longitude !== undefined ? { longitude: input.longitude } : {}),
    ...(input.phone !== undefined ? { phone: clean(input.phone) } : {}),
    ...(input.email !== undefined ? { email: clean(input.email)?.toLowerCase() ?? null } : {}),
  };
}

export async function createPoint(
  deps: Deps,
  centreId: string,
  input: CreatePointIn,
  context: AuditContext,
): Promise<PointOut> {
  const centre = await editableCentre(deps, context.actor, centreId);
  const v = pointValues(input);
  const values: points.PointValues = {
    name: v.name!,
    address: v.address!,
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    phone: v.phone ?? null,
    email: v.email ?? null,
  };
  throwIfAny([coordinatesIssue(values.latitude, values.longitude)].filter((i) => i !== undefined));
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centreId);
    const id = await points.insertPoint(trx, centreId, values, deps.now());
    await points.replaceFunctions(trx, id, [...new Set(input.functions ?? [])]);
    const after = await pointOut(trx, centreId, id);
    await recordAudit(trx, context, {
      action: 'service_point.create',
      entityType: 'service_point',
      entityId: id,
      organisationId: centre.municipality_id,
      after,
    });
    return after;
  });
}

/** Changes the point's details; only over the version the editor read (If-Match), else a stale-version refusal. */
export async function updatePoint(
  deps: Deps,
  pointId: string,
  input: UpdatePointIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<PointOut> {
  const { point, centre } = await editablePoint(deps, context.actor, pointId);
  const values = pointValues(input);
  const issue = coordinatesIssue(
    values.latitude !== undefined ? values.latitude : point.latitude,
    values.longitude !== undefined ? values.longitude : point.longitude,
  );
  if (issue) throw new ValidationError([issue]);
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centre.id);
    const before = await pointOut(trx, centre.id, pointId);
    if (!(await points.updatePoint(trx, pointId, values, deps.now(), expected)))
      throw await versionConflict(trx, 'service_points', pointId);
    if (input.functions !== undefined) await points.replaceFunctions(trx, pointId, [...new Set(input.functions)]);
    const after = await pointOut(trx, centre.id, pointId);
    await recordAudit(trx, context, {
      action: 'service_point.update',
      entityType: 'service_point',
      entityId: pointId,
      organisationId: centre.municipality_id,
      before,
      after,
    });
    return after;
  });
}

/** Checks every schedule: dates real and in order, one default at most, no two variants starting the same day. */
function parseSchedules(input: HoursIn): points.ScheduleValues[] {
  const issues: FieldIssue[] = [];
  const starts = new Set<string>();
  const out = input.schedules.map((s, i): points.ScheduleValues => {
    const at = `/schedules/${i}`;
    const validFrom = s.validFrom ?? null;
    const validUntil = s.validUntil ?? null;
    for (const [value, field] of [
      [validFrom, 'validFrom'],
      [validUntil, 'validUntil'],
    ] as const) {
      const issue = value === null ? undefined : dateIssue(value, `${at}/${field}`);
      if (issue) issues.push(issue);
    }
    if (validFrom === null && validUntil !== null) issues.push({ field: `${at}/validFrom`, code: 'field_required' });
    else if (validFrom !== null && validUntil !== null && validUntil < validFrom)
      issues.push({ field: `${at}/validUntil`, code: 'field_date_order' });
    const key = validFrom ?? 'default';
    if (starts.has(key))
      issues.push({
        field: `${at}/validFrom`,
        code: key === 'default' ? 'schedule_default_duplicate' : 'schedule_overlap',
      });
    starts.add(key);
    const days = parseDays(s.days, `${at}/days`);
    issues.push(...days.issues);
    return { label: clean(s.label), validFrom, validUntil, days: days.days };
  });
  throwIfAny(issues);
  return out;
}

/** Replaces the weekly hours (the editor sends the whole set): a change of the point, over the version read (If-Match). */
export async function setHours(
  deps: Deps,
  pointId: string,
  input: HoursIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<PointOut> {
  const { centre } = await editablePoint(deps, context.actor, pointId);
  const schedules = parseSchedules(input);
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centre.id);
    const before = await pointOut(trx, centre.id, pointId);
    if (!(await points.updatePoint(trx, pointId, {}, deps.now(), expected)))
      throw await versionConflict(trx, 'service_points', pointId);
    await points.replaceSchedules(trx, pointId, schedules);
    const after = await pointOut(trx, centre.id, pointId);
    await recordAudit(trx, context, {
      action: 'service_point.hours',
      entityType: 'service_point',
      entityId: pointId,
      organisationId: centre.municipality_id,
      before: before.schedules,
      after: after.schedules,
    });
    return after;
  });
}

function parseException(input: ExceptionIn): points.ExceptionValues {
  const endsOn = input.endsOn ?? input.startsOn;
  const issues = [dateIssue(input.startsOn, '/startsOn'), dateIssue(endsOn, '/endsOn')].filter((i) => i !== undefined);
  if (issues.length === 0 && endsOn < input.startsOn) issues.push({ field: '/endsOn', code: 'field_date_order' });
  const reason = input.reason.trim();
  if (!reason) issues.push({ field: '/reason', code: 'field_required' });
  const given = input.closed ? [] : (input.intervals ?? []);
  if (!input.closed && given.length === 0) issues.push({ field: '/intervals', code: 'exception_hours_required' });
  const day = parseDay(given, '/intervals');
  issues.push(...day.issues);
  throwIfAny(issues);
  return { startsOn: input.startsOn, endsOn, closed: input.closed, intervals: day.intervals, reason };
}

export async function addException(
  deps: Deps,
  pointId: string,
  input: ExceptionIn,
  context: AuditContext,
): Promise<PointOut> {
  const { centre } = await editablePoint(deps, context.actor, pointId);
  const exception = parseException(input);
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centre.id);
    const id = await points.insertException(trx, pointId, exception, deps.now());
    const after = await pointOut(trx, centre.id, pointId);
    await recordAudit(trx, context, {
      action: 'service_point.exception_add',
      entityType: 'service_point',
      entityId: pointId,
      organisationId: centre.municipality_id,
      after: after.exceptions.find((e) => e.id === id),
    });
    return after;
  });
}

export async function removeException(
  deps: Deps,
  pointId: string,
  exceptionId: string,
  context: AuditContext,
): Promise<PointOut> {
  const { centre } = await editablePoint(deps, context.actor, pointId);
  if (!(await points.findExceptionRow(deps.db, pointId, exceptionId))) throw new NotFoundError();
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centre.id);
    const before = (await pointOut(trx, centre.id, pointId)).exceptions.find((e) => e.id === exceptionId);
    await points.deleteException(trx, exceptionId);
    const after = await pointOut(trx, centre.id, pointId);
    await recordAudit(trx, context, {
      action: 'service_point.exception_remove',
      entityType: 'service_point',
      entityId: pointId,
      organisationId: centre.municipality_id,
      before,
    });
    return after;
  });
}
