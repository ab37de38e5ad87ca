// SQL for the calendar's run-time facts (what the ministry entered) and each municipality's choice about Cabinet
// transfers. No rules here: the service decides what may be written.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import type { Tx } from '../platform/db/transaction.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';

type Q = Kysely<DB> | Tx;

function transfers(q: Q) {
  return q
    .selectFrom('calendar_transfers as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select(['t.id', 't.day_off', 't.working_saturday', 't.basis', 't.created_at', 'u.name as created_by_name']);
}

function holidays(q: Q) {
  return q
    .selectFrom('calendar_holidays as h')
    .leftJoin('users as u', 'u.id', 'h.created_by')
    .select(['h.id', 'h.date', 'h.name_lv', 'h.name_en', 'h.basis', 'h.created_at', 'u.name as created_by_name']);
}

function confirmedYears(q: Q) {
  return q
    .selectFrom('calendar_confirmed_years as y')
    .leftJoin('users as u', 'u.id', 'y.confirmed_by')
    .select(['y.year', 'y.basis', 'y.confirmed_at', 'u.name as confirmed_by_name']);
}

export type TransferRow = Awaited<ReturnType<ReturnType<typeof transfers>['executeTakeFirstOrThrow']>>;
export type HolidayRow = Awaited<ReturnType<ReturnType<typeof holidays>['executeTakeFirstOrThrow']>>;
export type ConfirmedYearRow = Awaited<ReturnType<ReturnType<typeof confirmedYears>['executeTakeFirstOrThrow']>>;

export const listTransfers = (q: Q) => transfers(q).orderBy('t.day_off').execute();
export const findTransfer = (q: Q, id: string) => transfers(q).where('t.id', '=', id).executeTakeFirst();
export const listHolidays = (q: Q) => holidays(q).orderBy('h.date').execute();
export const findHoliday = (q: Q, id: string) => holidays(q).where('h.id', '=', id).executeTakeFirst();
export const listConfirmedYears = (q: Q) => confirmedYears(q).orderBy('y.year').execute();
export const findConfirmedYear = (q: Q, year: number) =>
  confirmedYears(q).where('y.year', '=', year).executeTakeFirst();

export async function insertTransfer(
  q: Tx,
  t: { dayOff: string; workingSaturday: string; basis: string; createdBy: string | null; now: Date },
): Promise<string> {
  const row = await q
    .insertInto('calendar_transfers')
    .values({
      day_off: t.dayOff,
      working_saturday: t.workingSaturday,
      basis: t.basis,
      created_by: t.createdBy,
      created_at: t.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteTransfer(q: Tx, id: string): Promise<boolean> {
  const result = await q.deleteFrom('calendar_transfers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertHoliday(
  q: Tx,
  h: { date: string; nameLv: string; nameEn: string; basis: string; createdBy: string | null; now: Date },
): Promise<string> {
  const row = await q
    .insertInto('calendar_holidays')
    .values({
      date: h.date,
      name_lv: h.nameLv,
      name_en: h.nameEn,
      basis: h.basis,
      created_by: h.createdBy,
      created_at: h.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteHoliday(q: Tx, id: string): Promise<boolean> {
  const result = await q.deleteFrom('calendar_holidays').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertConfirmedYear(
  q: Tx,
  y: { year: number; basis: string; confirmedBy: string | null; now: Date },
): Promise<void> {
  await q
    .insertInto('calendar_confirmed_years')
    .values({ year: y.year, basis: y.basis, confirmed_by: y.confirmedBy, confirmed_at: y.now })
    .execute();
}

export function findOrganisation(q: Q, id: string) {
  return q
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'follows_cabinet_transfers', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A change of the organisation (its version counts up), only from a version the setter named (If-Match). */
export async function setFollowsCabinetTransfers(
  q: Tx,
  id: string,
  follows: boolean,
  now: Date,
  expected: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('organisations')
    .set({ follows_cabinet_transfers: follows, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
