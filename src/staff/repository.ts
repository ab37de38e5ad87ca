// SQL of the centre's staff: its people and their absences. Reads are batched by centre (the overview asks all).
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { pointNameOf } from '../centres/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import type { StaffMemberRow } from './tables.ts';

type Q = Kysely<DB> | Tx;
const NO_ID = '00000000-0000-0000-0000-000000000000';
const ids = (list: readonly string[]) => (list.length > 0 ? [...list] : [NO_ID]);

export type MemberRow = StaffMemberRow & { user_name: string | null; point_name: string | null };

export function listMembers(q: Q, centreIds: readonly string[]): Promise<MemberRow[]> {
  return q
    .selectFrom('staff_members as m')
    .selectAll('m')
    .select([userNameOf('m.user_id').as('user_name'), pointNameOf('m.service_point_id').as('point_name')])
    .where('m.centre_id', 'in', ids(centreIds))
    .orderBy('m.is_head', 'desc')
    .orderBy('m.name')
    .orderBy('m.id')
    .execute();
}

export function findMember(q: Q, id: string): Promise<MemberRow | undefined> {
  return q
    .selectFrom('staff_members as m')
    .selectAll('m')
    .select([userNameOf('m.user_id').as('user_name'), pointNameOf('m.service_point_id').as('point_name')])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Locks the person's row until commit: two absences entered at once for one person queue for the overlap check. */
export async function lockMember(q: Tx, id: string): Promise<void> {
  await q.selectFrom('staff_members').select('id').where('id', '=', id).forUpdate().execute();
}

export function findMemberByUser(q: Q, centreId: string, userId: string) {
  return q
    .selectFrom('staff_members')
    .select('id')
    .where('centre_id', '=', centreId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertMember(q: Q, values: Insertable<DB['staff_members']>): Promise<string> {
  return (await q.insertInto('staff_members').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMember(q: Q, id: string, values: Updateable<DB['staff_members']>): Promise<void> {
  await q.updateTable('staff_members').set(values).where('id', '=', id).execute();
}

function absenceQuery(q: Q) {
  return q
    .selectFrom('staff_absences as a')
    .innerJoin('staff_members as m', 'm.id', 'a.staff_member_id')
    .leftJoin('staff_members as s', 's.id', 'a.substitute_id')
    .select([
      'a.id',
      'a.staff_member_id',
      'a.kind',
      'a.starts_on',
      'a.ends_on',
      'a.substitute_id',
      'a.substitute_named_by',
      'a.note',
      'a.created_at',
      'm.centre_id',
      'm.name as member_name',
      'm.is_head as member_is_head',
      's.name as substitute_name',
      userNameOf('a.substitute_named_by').as('named_by_name'),
    ]);
}

export type AbsenceRow = Awaited<ReturnType<ReturnType<typeof absenceQuery>['executeTakeFirstOrThrow']>>;

/** The absences of the centres' people touching the window (all of them without one), by start. */
export function listAbsences(
  q: Q,
  centreIds: readonly string[],
  window?: { from: string; to: string },
): Promise<AbsenceRow[]> {
  let query = absenceQuery(q).where('m.centre_id', 'in', ids(centreIds));
  if (window) query = query.where('a.ends_on', '>=', window.from).where('a.starts_on', '<=', window.to);
  return query.orderBy('a.starts_on').orderBy('m.name').orderBy('a.id').execute();
}

export function findAbsence(q: Q, id: string): Promise<AbsenceRow | undefined> {
  return absenceQuery(q).where('a.id', '=', id).executeTakeFirst();
}

/** The person's first absence overlapping the days (another than `exceptId`), for the overlap refusal. */
export function overlappingAbsence(q: Q, memberId: string, startsOn: string, endsOn: string, exceptId?: string) {
  let query = q
    .selectFrom('staff_absences')
    .select(['id', 'starts_on', 'ends_on'])
    .where('staff_member_id', '=', memberId)
    .where('ends_on', '>=', startsOn)
    .where('starts_on', '<=', endsOn);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.orderBy('starts_on').executeTakeFirst();
}

export async function insertAbsence(q: Q, values: Insertable<DB['staff_absences']>): Promise<string> {
  return (await q.insertInto('staff_absences').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateAbsence(q: Q, id: string, values: Updateable<DB['staff_absences']>): Promise<void> {
  await q.updateTable('staff_absences').set(values).where('id', '=', id).execute();
}

export async function deleteAbsence(q: Q, id: string): Promise<void> {
  await q.deleteFrom('staff_absences').where('id', '=', id).execute();
}

/** The centres that keep a staff list (the overview judges only those). */
export async function centresWithStaff(q: Q): Promise<string[]> {
  const rows = await q.selectFrom('staff_members').select('centre_id').distinct().execute();
  return rows.map((r) => r.centre_id);
}
