// SQL-free glue for the calendar's run-time facts (kept by platform/calendar, named with the people who entered them)
// and each municipality's choice about Cabinet transfers (a field of the organisation). No rules here: the service
// decides what may be written.
import type { Kysely } from 'kysely';
import { findOrganisationCalendar, setFollowsCabinetTransfers } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import * as facts from '../platform/calendar/repository.ts';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

export type { ConfirmedYearRow, HolidayRow, TransferRow } from '../platform/calendar/repository.ts';
export {
  deleteHoliday,
  deleteTransfer,
  insertConfirmedYear,
  insertHoliday,
  insertTransfer,
} from '../platform/calendar/repository.ts';

export const listTransfers = (q: Q) => facts.listTransfers(q, userNameOf);
export const findTransfer = (q: Q, id: string) => facts.findTransfer(q, userNameOf, id);
export const listHolidays = (q: Q) => facts.listHolidays(q, userNameOf);
export const findHoliday = (q: Q, id: string) => facts.findHoliday(q, userNameOf, id);
export const listConfirmedYears = (q: Q) => facts.listConfirmedYears(q, userNameOf);
export const findConfirmedYear = (q: Q, year: number) => facts.findConfirmedYear(q, userNameOf, year);

export const findOrganisation = findOrganisationCalendar;
export { setFollowsCabinetTransfers };
