// Request shapes of the calendar API. Each is the single source of validation, type and OpenAPI. The read routes
// are public and called by other state systems: their names and meanings stay stable.
import { Type, type Static } from 'typebox';
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { IsoDate, Obj, Str, Uuid } from '../platform/http/schema.ts';

// The reads answer every year of the range; after the last confirmed year and before 2015 (the first year whose
// Cabinet transfers are recorded) the answer is marked provisional, with the reason.
const RANGE = `a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

const Organisation = Uuid(
  'Organisation that owes the deadline: a municipality that opted out of Cabinet transfers gets its own calendar; absent: the state calendar',
);

export const DeadlineQuery = Obj({
  from: IsoDate(`The start event's date (YYYY-MM-DD), not itself counted; ${RANGE} (the due date must be in it too)`),
  workingDays: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1000,
      description: '"Within N working days after from" (1–1000); give this or months',
    }),
  ),
  months: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 120,
      description: '"Within N months after from" (1–120); give this or workingDays',
    }),
  ),
  organisation: Type.Optional(Organisation),
});
export type DeadlineIn = Static<typeof DeadlineQuery>;

export const WorkingDaysQuery = Obj({
  from: IsoDate(`First date (YYYY-MM-DD), not itself counted; ${RANGE}`),
  to: IsoDate(`Last date (YYYY-MM-DD), counted; not before from; ${RANGE}`),
  organisation: Type.Optional(Organisation),
});
export type WorkingDaysIn = Static<typeof WorkingDaysQuery>;

export const YearParams = Obj({
  year: Type.Integer({
    minimum: FIRST_YEAR,
    maximum: LAST_YEAR,
    description: `Calendar year, ${FIRST_YEAR}–${LAST_YEAR} (to confirm: only the year after the last confirmed one)`,
  }),
});

export const YearQuery = Obj({ organisation: Type.Optional(Organisation) });

const Basis = Str('The legal act, e.g. "MK rīkojums Nr. 345 (10.06.2026.)"', 500, { minLength: 1 });

export const TransferBody = Obj({
  dayOff: IsoDate('The working day (Monday–Friday, not a holiday) the Cabinet gives off (YYYY-MM-DD)'),
  workingSaturday: IsoDate('The Saturday worked instead (YYYY-MM-DD)'),
  basis: Basis,
});
export type TransferIn = Static<typeof TransferBody>;

export const HolidayBody = Obj({
  date: IsoDate('The one-off public holiday declared by law (YYYY-MM-DD)'),
  nameLv: Str('Its name in Latvian', 300, { minLength: 1 }),
  nameEn: Str('Its name in English', 300, { minLength: 1 }),
  basis: Basis,
});
export type HolidayIn = Static<typeof HolidayBody>;

export const ConfirmBody = Obj({
  basis: Str("The year's Cabinet order on transfers (or that there are none)", 500, { minLength: 1 }),
});
export type ConfirmIn = Static<typeof ConfirmBody>;

export const OptOutBody = Obj({
  followsCabinetTransfers: Type.Boolean({
    description:
      'false: the municipality does not apply Cabinet transfers, and deadlines it owes use the calendar without them',
  }),
});
export type OptOutIn = Static<typeof OptOutBody>;

export const IdParams = Obj({ id: Uuid('Id of a run-time addition') });
export const OrganisationParams = Obj({ id: Uuid('Organisation id') });
