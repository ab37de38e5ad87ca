// The only SQL of presence: the notices institutions send centres (CR-19.1 … CR-19.4).
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { HeadRow, NoticeKind, NoticeRow } from './tables.ts';

type Q = Kysely<DB> | Tx;
const NO_ID = '00000000-0000-0000-0000-000000000000';

export interface NewNotice {
  centre_id: string;
  institution_id: string;
  kind: NoticeKind;
  officer_position: string | null;
  officer_name: string | null;
  officer_surname: string | null;
  substitute_position: string | null;
  substitute_name: string | null;
  substitute_surname: string | null;
  effective_from: string;
  effective_until: string | null;
  hours: string | null;
  reason: string | null;
  sent_at: Date;
  due_on: string | null;
  late: boolean;
  explanation: string;
  entered_by: string | null;
  on_behalf: boolean;
  safety_briefed_on: string | null;
  safety_briefed_by?: string | null;
  workplace_needs: string | null;
}

export function insertNotice(q: Tx, values: NewNotice): Promise<NoticeRow> {
  return q.insertInto('presence_notices').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findNotice(q: Q, id: string): Promise<NoticeRow | undefined> {
  return q.selectFrom('presence_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The notices of the centres (in the order they were sent), optionally of one institution only. */
export function noticesOfCentres(q: Q, centreIds: readonly string[], institutionId?: string): Promise<NoticeRow[]> {
  let query = q
    .selectFrom('presence_notices')
    .selectAll()
    .where('centre_id', 'in', centreIds.length > 0 ? [...centreIds] : [NO_ID]);
  if (institutionId) query = query.where('institution_id', '=', institutionId);
  return query.orderBy('sent_at').orderBy('created_at').execute();
}

/** The notices of an institution at every centre. */
export function noticesOfInstitution(q: Q, institutionId: string): Promise<NoticeRow[]> {
  return q
    .selectFrom('presence_notices')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('sent_at')
    .orderBy('created_at')
    .execute();
}

/** Assignments of the same person (by name and surname, case ignored) of the institution at other centres. */
export function sameOfficerElsewhere(
  q: Q,
  o: { institutionId: string; centreId: string; name: string; surname: string },
): Promise<NoticeRow[]> {
  return q
    .selectFrom('presence_notices')
    .selectAll()
    .where('institution_id', '=', o.institutionId)
    .where('centre_id', '<>', o.centreId)
    .where('kind', '=', 'assignment')
    .where((eb) => eb(eb.fn('lower', ['officer_name']), '=', o.name.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['officer_surname']), '=', o.surname.toLowerCase()))
    .execute();
}

export async function markPublished(q: Tx, id: string, at: Date, by: string | null): Promise<NoticeRow> {
  return q
    .updateTable('presence_notices')
    .set({ published_at: at, published_by: by })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setBriefing(
  q: Tx,
  id: string,
  v: { safety_briefed_on: string | null; safety_briefed_by: string | null; workplace_needs: string | null },
): Promise<NoticeRow> {
  return q.updateTable('presence_notices').set(v).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** CR-20.3: the centres' head appointments, oldest first day first. */
export function headsOfCentres(q: Q, centreIds: readonly string[]): Promise<HeadRow[]> {
  return q
    .selectFrom('presence_centre_heads')
    .selectAll()
    .where('centre_id', 'in', centreIds.length > 0 ? [...centreIds] : [NO_ID])
    .orderBy('centre_id')
    .orderBy('valid_from')
    .execute();
}

export interface NewHead {
  centre_id: string;
  head_name: string;
  head_surname: string;
  valid_from: string;
  decision: string | null;
  recorded_by: string | null;
  recorded_at: Date;
}

/** The appointment, or undefined when the centre already has one from that day (the unique key). */
export function insertHead(q: Tx, values: NewHead): Promise<HeadRow | undefined> {
  return q
    .insertInto('presence_centre_heads')
    .values(values)
    .onConflict((oc) => oc.columns(['centre_id', 'valid_from']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
