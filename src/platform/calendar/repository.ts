// SQL for the calendar's run-time facts (what the ministry entered): transfers of working days, one-off holidays
// and confirmed years. No rules here: the calendar capability's service decides what may be written. Who entered a
// fact is named by the caller's `nameOf` (a sub-select of the people who own the users), the platform knowing none.
import type { Kysely, RawBuilder } from 'kysely';
import type { PlatformTables as DB, PlatformTables } from '../db/tables.generated.ts';
import type { Tx } from '../db/transaction.ts';
import { platformView, type Queries } from '../db/platform-view.ts';

type Q = Kysely<DB> | Tx;
/** The name of the user whose id is in the column, as a scalar sub-select. */
export type NameOf = (column: string) => RawBuilder<string | null>;

function transfers(q: Q, nameOf: NameOf) {
  return q
    .selectFrom('calendar_transfers as t')
    .select([
      't.id',
      't.day_off',
      't.working_saturday',
      't.basis',
      't.created_at',
      nameOf('t.created_by').as('created_by_name'),
    ]);
}

function holidays(q: Q, nameOf: NameOf) {
  return q
    .selectFrom('calendar_holidays as h')
    .select([
      'h.id',
      'h.date',
      'h.name_lv',
      'h.name_en',
      'h.basis',
      'h.created_at',
      nameOf('h.created_by').as('created_by_name'),
    ]);
}

function confirmedYears(q: Q, nameOf: NameOf) {
  return q
    .selectFrom('calendar_confirmed_years as y')
    .select(['y.year', 'y.basis', 'y.confirmed_at', nameOf('y.confirmed_by').as('confirmed_by_name')]);
}

export type TransferRow = Awaited<ReturnType<ReturnType<typeof transfers>['executeTakeFirstOrThrow']>>;
export type HolidayRow = Awaited<ReturnType<ReturnType<typeof holidays>['executeTakeFirstOrThrow']>>;
export type ConfirmedYearRow = Awaited<ReturnType<ReturnType<typeof confirmedYears>['executeTakeFirstOrThrow']>>;

export const listTransfers = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf) =>
  transfers(platformView(q), nameOf).orderBy('t.day_off').execute();
export const findTransfer = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf, id: string) =>
  transfers(platformView(q), nameOf).where('t.id', '=', id).executeTakeFirst();
export const listHolidays = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf) =>
  holidays(platformView(q), nameOf).orderBy('h.date').execute();
export const findHoliday = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf, id: string) =>
  holidays(platformView(q), nameOf).where('h.id', '=', id).executeTakeFirst();
export const listConfirmedYears = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf) =>
  confirmedYears(platformView(q), nameOf).orderBy('y.year').execute();
export const findConfirmedYear = <D extends PlatformTables>(q: Queries<D>, nameOf: NameOf, year: number) =>
  confirmedYears(platformView(q), nameOf).where('y.year', '=', year).executeTakeFirst();

export async function insertTransfer<D extends PlatformTables>(
  given: Tx<D>,
  t: { dayOff: string; workingSaturday: string; basis: string; createdBy: string | null; now: Date },
): Promise<string> {
  const q = platformView(given);
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

export async function deleteTransfer<D extends PlatformTables>(q: Tx<D>, id: string): Promise<boolean> {
  const result = await platformView(q).deleteFrom('calendar_transfers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertHoliday<D extends PlatformTables>(
  given: Tx<D>,
  h: { date: string; nameLv: string; nameEn: string; basis: string; createdBy: string | null; now: Date },
): Promise<string> {
  const q = platformView(given);
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

export async function deleteHoliday<D extends PlatformTables>(q: Tx<D>, id: string): Promise<boolean> {
  const result = await platformView(q).deleteFrom('calendar_holidays').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertConfirmedYear<D extends PlatformTables>(
  given: Tx<D>,
  y: { year: number; basis: string; confirmedBy: string | null; now: Date },
): Promise<void> {
  await platformView(given)
    .insertInto('calendar_confirmed_years')
    .values({ year: y.year, basis: y.basis, confirmed_by: y.confirmedBy, confirmed_at: y.now })
    .execute();
}
