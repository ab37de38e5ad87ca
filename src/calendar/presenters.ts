// The shapes in which the calendar leaves the API. No row or calendar object reaches JSON without passing here.
import { Type, type Static } from 'typebox';
import type { DayInfo, Deadline, ProvisionalReason, SkippedDay, YearView } from '../platform/calendar/calendar.ts';
import type { Lang } from '../platform/i18n/messages.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { ConfirmedYearRow, HolidayRow, TransferRow } from './repository.ts';

const Day = (description: string) => Type.String({ description, format: 'date' });
const When = (description: string) => Type.String({ description, format: 'date-time' });
const Text = (description: string) => Type.String({ description });

export const CALENDAR_KINDS = ['state', 'without_transfers'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
const CalendarKindSchema = StringEnum(
  CALENDAR_KINDS,
  'state: with Cabinet transfers; without_transfers: a municipality that opted out of them',
);

const REASONS = [
  'weekend',
  'public_holiday',
  'substitute_day_off',
  'one_off_holiday',
  'transferred_day_off',
  'working_saturday',
] as const;
const ReasonSchema = StringEnum(
  REASONS,
  'public_holiday (Law on Holidays s.1), substitute_day_off (4 May, 18 November or the Song Festival closing day fell on a weekend), one_off_holiday (declared by law), transferred_day_off and working_saturday (Cabinet order, Labour Law s.133(4)), weekend',
);

const ProvisionalReasonSchema = (of: string) =>
  Nullable(
    Text(
      `Why ${of} provisional, in the caller's language (Accept-Language: lv or en): the years whose Cabinet transfers are not known, e.g. "2029: Cabinet transfers of working days not yet known"; null when not provisional`,
    ),
  );

const ExplainedDaySchema = Obj({
  date: Day('The day (YYYY-MM-DD)'),
  reason: ReasonSchema,
  text: Text(
    'Why, in words, in the caller\'s language (Accept-Language: lv or en), e.g. "2025-11-17 — working day moved to 2025-11-08 by Cabinet order"',
  ),
});

export const DeadlineSchema = Obj(
  {
    due: Day('The last day of the term (YYYY-MM-DD): always a working day of the calendar used'),
    from: Day('The start date given'),
    amount: Type.Integer({ description: 'N, as given' }),
    unit: StringEnum(
      ['working_days', 'months'] as const,
      "working_days: the Nth working day after from; months: the same day number N months later (or that month's last day), moved to the next working day",
    ),
    target: Nullable(
      Day('months only: the plain calendar date N months later, before moving to a working day; null for working days'),
    ),
    skipped: Type.Array(ExplainedDaySchema, {
      description:
        'Days passed over and why: for working days, the weekdays that were not working days; for months, every day from the target to the due date',
    }),
    workingSaturdays: Type.Array(ExplainedDaySchema, {
      description: 'Saturdays counted as working days by Cabinet order',
    }),
    provisional: Type.Boolean({
      description:
        'True when the term passes through a year whose Cabinet transfers are not confirmed (after the last confirmed year, or before 2015, the first recorded one): the due date may still move',
    }),
    provisionalReason: ProvisionalReasonSchema('the due date is'),
    calendar: CalendarKindSchema,
  },
  { description: 'A deadline with its explanation' },
);
export type DeadlineOut = Static<typeof DeadlineSchema>;

export const WorkingDaysSchema = Obj({
  from: Day('The first date given (not counted)'),
  to: Day('The last date given (counted)'),
  workingDays: Type.Integer({ description: 'Working days after from up to and including to' }),
  provisional: Type.Boolean({
    description:
      'True when the days counted reach a year whose Cabinet transfers are not confirmed: the count may still change',
  }),
  provisionalReason: ProvisionalReasonSchema('the count is'),
  calendar: CalendarKindSchema,
});
export type WorkingDaysOut = Static<typeof WorkingDaysSchema>;

const YearDaySchema = Obj({
  date: Day('The day (YYYY-MM-DD)'),
  weekday: Type.Integer({ description: '1 = Monday … 7 = Sunday' }),
  working: Type.Boolean({ description: 'A working day' }),
  reason: Nullable(ReasonSchema),
  nameLv: Nullable(Text('Name of the holiday in Latvian')),
  nameEn: Nullable(Text('Name of the holiday in English')),
  pairedWith: Nullable(
    Day('The other day of a Cabinet transfer, or the weekend holiday a substitute day off stands for'),
  ),
  basis: Nullable(Text('The legal act, for additions entered by the ministry')),
  shortened: Type.Boolean({
    description:
      'Labour Law s.135: one hour shorter, being the working day before a holiday (or the Saturday worked instead of one)',
  }),
});

export const YearSchema = Obj({
  year: Type.Integer({ description: 'The year' }),
  confirmed: Type.Boolean({
    description:
      "The year's Cabinet order on transfers is entered; otherwise transfers may still be added (or, before 2015, are not recorded)",
  }),
  provisionalReason: ProvisionalReasonSchema('the year is'),
  calendar: CalendarKindSchema,
  daysOff: Type.Array(YearDaySchema, {
    description: 'Holidays (also those on a weekend), substitute and transferred days off, in date order',
  }),
  workingSaturdays: Type.Array(YearDaySchema, { description: 'Saturdays that are working days by Cabinet order' }),
  shortenedDays: Type.Array(YearDaySchema, { description: 'Working days one hour shorter (Labour Law s.135)' }),
});
export type YearOut = Static<typeof YearSchema>;

export function presentReason(reason: ProvisionalReason | undefined, lang: Lang): string | null {
  if (!reason) return null;
  return lang === 'lv' ? reason.textLv : reason.text;
}

function presentExplained(day: SkippedDay, lang: Lang) {
  return { date: day.date, reason: day.reason, text: lang === 'lv' ? day.textLv : day.text };
}

export function presentDeadline(d: Deadline, calendar: CalendarKind, lang: Lang): DeadlineOut {
  return {
    due: d.due,
    from: d.from,
    amount: d.amount,
    unit: d.unit,
    target: d.target ?? null,
    skipped: d.skipped.map((s) => presentExplained(s, lang)),
    workingSaturdays: d.workingSaturdays.map((s) => presentExplained(s, lang)),
    provisional: d.provisional,
    provisionalReason: presentReason(d.provisionalReason, lang),
    calendar,
  };
}

function presentDay(d: DayInfo) {
  return {
    date: d.date,
    weekday: d.weekday,
    working: d.working,
    reason: d.reason ?? null,
    nameLv: d.nameLv ?? null,
    nameEn: d.nameEn ?? null,
    pairedWith: d.pairedWith ?? null,
    basis: d.basis ?? null,
    shortened: d.shortened,
  };
}

export function presentYear(y: YearView, calendar: CalendarKind, lang: Lang): YearOut {
  return {
    year: y.year,
    confirmed: y.confirmed,
    provisionalReason: presentReason(y.provisionalReason, lang),
    calendar,
    daysOff: y.daysOff.map(presentDay),
    workingSaturdays: y.workingSaturdays.map(presentDay),
    shortenedDays: y.shortenedDays.map(presentDay),
  };
}

// ── What the ministry entered at run time ──

const Who = Nullable(Text('Who entered it; null for an API token'));

export const TransferSchema = Obj(
  {
    id: Uuid('Id'),
    dayOff: Day('The working day given off'),
    workingSaturday: Day('The Saturday worked instead'),
    basis: Text('The Cabinet order'),
    createdAt: When('When it was entered'),
    createdByName: Who,
  },
  { description: 'A Cabinet transfer entered by the ministry (Labour Law s.133(4))' },
);

export const HolidaySchema = Obj(
  {
    id: Uuid('Id'),
    date: Day('The one-off public holiday'),
    nameLv: Text('Name in Latvian'),
    nameEn: Text('Name in English'),
    basis: Text('The law that declared it'),
    createdAt: When('When it was entered'),
    createdByName: Who,
  },
  { description: 'A one-off public holiday entered by the ministry' },
);

export const ConfirmedYearSchema = Obj({
  year: Type.Integer({ description: 'The year whose Cabinet order is entered' }),
  basis: Text('The Cabinet order'),
  confirmedAt: When('When it was confirmed'),
  confirmedByName: Who,
});

export const AdditionsSchema = Obj({
  transfers: Type.Array(TransferSchema, {
    description: 'Transfers entered at run time, by date (the shipped ones are not listed)',
  }),
  holidays: Type.Array(HolidaySchema, { description: 'One-off holidays entered at run time, by date' }),
  confirmedYears: Type.Array(ConfirmedYearSchema, { description: 'Years confirmed at run time' }),
  lastConfirmedYear: Type.Integer({
    description: 'The last year whose Cabinet order is entered (shipped or confirmed)',
  }),
});

export function presentTransfer(r: TransferRow) {
  return {
    id: r.id,
    dayOff: r.day_off,
    workingSaturday: r.working_saturday,
    basis: r.basis,
    createdAt: new Date(r.created_at).toISOString(),
    createdByName: r.created_by_name,
  };
}

export function presentHoliday(r: HolidayRow) {
  return {
    id: r.id,
    date: r.date,
    nameLv: r.name_lv,
    nameEn: r.name_en,
    basis: r.basis,
    createdAt: new Date(r.created_at).toISOString(),
    createdByName: r.created_by_name,
  };
}

export function presentConfirmedYear(r: ConfirmedYearRow) {
  return {
    year: r.year,
    basis: r.basis,
    confirmedAt: new Date(r.confirmed_at).toISOString(),
    confirmedByName: r.confirmed_by_name,
  };
}

export const OrganisationCalendarSchema = Obj({
  organisationId: Uuid('Organisation id'),
  name: Text('Its name'),
  kind: Text('Its kind (only a municipality may opt out)'),
  followsCabinetTransfers: Type.Boolean({
    description: 'Applies Cabinet transfers (always true for state institutions)',
  }),
  calendar: CalendarKindSchema,
  version: Type.Integer({
    description: "The organisation's version after the change (its ETag, as GET /api/v1/organisations/{id} shows it)",
  }),
});

export function presentOrganisationCalendar(o: {
  id: string;
  name: string;
  kind: string;
  follows_cabinet_transfers: boolean;
  version: number;
}) {
  return {
    organisationId: o.id,
    name: o.name,
    kind: o.kind,
    followsCabinetTransfers: o.follows_cabinet_transfers,
    calendar: (o.follows_cabinet_transfers ? 'state' : 'without_transfers') as CalendarKind,
    version: o.version,
  };
}
