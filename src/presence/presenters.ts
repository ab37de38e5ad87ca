// The only way a notice becomes JSON, with its response schema.
import { Type } from 'typebox';
import { Nullable, Obj } from '../platform/http/schema.ts';
import type { HeadRow, NoticeRow } from './tables.ts';
import type { NoticeCheck } from './notice-period.ts';

const date = (d: string) => Type.String({ format: 'date', description: d });
const text = (description: string) => Type.String({ description });
const PersonOut = Obj(
  { position: text('Position'), name: text('Name'), surname: text('Surname') },
  { description: 'A person' },
);
const IntervalOut = Obj({ opens: text('Opens at HH:MM'), closes: text('Closes at HH:MM') });

export const CountedDaySchema = Obj({
  date: date('The day'),
  kind: text('working, weekend, public_holiday, transferred_day_off, working_saturday …'),
  counted: Type.Boolean({ description: 'Counted as a working day of the notice period' }),
  nameLv: Type.Optional(text('The holiday’s name in Latvian')),
  nameEn: Type.Optional(text('The holiday’s name in English')),
});

export const CheckSchema = Obj(
  {
    ruleId: text('The requirement whose term applies (CR-19.1 … CR-19.4)'),
    due: Nullable(date('The last day the notice could be sent on time; null: no term')),
    late: Type.Boolean({ description: 'Sent after the last day' }),
    needed: Nullable(Type.Integer({ description: 'Working days the rule asks for' })),
    counted: Nullable(Type.Integer({ description: 'Working days given (the sending day included when working)' })),
    sentOn: date('The day it was sent (Europe/Riga)'),
    effectiveFrom: date('The first day'),
    exception: Type.Boolean({ description: 'CR-19.2’s exception (an absent officer who cannot be replaced)' }),
    days: Type.Array(CountedDaySchema, { description: 'The days from the sending day to the day before the first' }),
    skipped: Type.Array(
      Obj({ date: date('The day'), textLv: text('Why, in Latvian'), textEn: text('Why, in English') }),
      { description: 'Holidays and transferred days off the registry passed over' },
    ),
  },
  { description: 'The notice period checked on the calendar of the centre’s municipality' },
);

export const NoticeSchema = Obj({
  id: Type.String({ format: 'uuid', description: 'Notice id' }),
  centreId: Type.String({ format: 'uuid', description: 'The centre' }),
  institutionId: Type.String({ format: 'uuid', description: 'The institution that sent it' }),
  kind: text('assignment (CR-19.1), hours_change (CR-19.2), absence (CR-19.3), substitution (CR-19.4)'),
  officer: Nullable(PersonOut),
  substitute: Nullable(PersonOut),
  from: date('First day'),
  until: Nullable(date('Last day')),
  days: Nullable(
    Type.Array(
      Obj({
        weekday: Type.Integer({ description: 'ISO weekday' }),
        intervals: Type.Array(IntervalOut, { description: 'Reception intervals' }),
      }),
      { description: 'New weekly reception hours' },
    ),
  ),
  reason: Nullable(text('Why the absent officer cannot be replaced')),
  sentAt: Type.String({ format: 'date-time', description: 'When it was sent (DR-15.4)' }),
  late: Type.Boolean({ description: 'Sent later than its notice period allows (flagged, not refused)' }),
  check: CheckSchema,
  onBehalf: Type.Boolean({ description: 'Entered by the centre on the institution’s behalf' }),
  safetyBriefedOn: Nullable(date('CR-19.5, CR-20.4: the day the officer was told the safety and premises rules')),
  safetyBriefedBy: Nullable(text('CR-19.5, CR-20.4: who told them')),
  workplaceNeeds: Nullable(text('CR-20.5, CR-20.6')),
  publishedAt: Nullable(Type.String({ format: 'date-time', description: 'DR-26.1.9: when the centre published it' })),
  needsPublication: Type.Boolean({ description: 'DR-26.1.9: the centre is to publish it and inform the ministry' }),
});
export const NoticeListSchema = Type.Array(NoticeSchema, { description: 'Notices, newest first' });

const person = (p: string | null, n: string | null, s: string | null) =>
  p && n && s ? { position: p, name: n, surname: s } : null;

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function daysOut(hours: unknown) {
  if (!hours || typeof hours !== 'object') return null;
  return Object.entries(hours as Record<string, { opens: number; closes: number }[]>)
    .map(([weekday, list]) => ({
      weekday: Number(weekday),
      intervals: list.map((i) => ({ opens: clock(i.opens), closes: clock(i.closes) })),
    }))
    .sort((a, b) => a.weekday - b.weekday);
}

export const PUBLISHED_KINDS = ['hours_change', 'absence'];

export function presentNotice(r: NoticeRow) {
  return {
    id: r.id,
    centreId: r.centre_id,
    institutionId: r.institution_id,
    kind: r.kind,
    officer: person(r.officer_position, r.officer_name, r.officer_surname),
    substitute: person(r.substitute_position, r.substitute_name, r.substitute_surname),
    from: r.effective_from,
    until: r.effective_until,
    days: daysOut(r.hours),
    reason: r.reason,
    sentAt: r.sent_at.toISOString(),
    late: r.late,
    check: r.explanation as NoticeCheck,
    onBehalf: r.on_behalf,
    safetyBriefedOn: r.safety_briefed_on,
    safetyBriefedBy: r.safety_briefed_by,
    workplaceNeeds: r.workplace_needs,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    needsPublication: PUBLISHED_KINDS.includes(r.kind) && r.published_at === null,
  };
}
export type NoticeOut = ReturnType<typeof presentNotice>;

export const HeadSchema = Obj(
  {
    id: Type.String({ format: 'uuid', description: 'Appointment id' }),
    centreId: Type.String({ format: 'uuid', description: 'The centre' }),
    name: text('Name'),
    surname: text('Surname'),
    from: date('The first day the head heads the centre'),
    until: Nullable(date('The last day (the day before the next head’s first day); null: still heads it')),
    decision: Nullable(text('The municipality’s decision or order')),
    recordedAt: Type.String({ format: 'date-time', description: 'When it was recorded' }),
  },
  { description: 'CR-20.3: a head of centre appointed by the municipality' },
);
export const HeadListSchema = Type.Array(HeadSchema, { description: 'Appointments, the latest first day first' });

/** A centre's appointments (oldest first) as JSON, each ending the day before the next one's first day. */
export function presentHeads(rows: readonly HeadRow[], dayBefore: (date: string) => string) {
  return rows
    .map((r, i) => {
      const next = rows[i + 1];
      return {
        id: r.id,
        centreId: r.centre_id,
        name: r.head_name,
        surname: r.head_surname,
        from: r.valid_from,
        until: next ? dayBefore(next.valid_from) : null,
        decision: r.decision,
        recordedAt: r.recorded_at.toISOString(),
      };
    })
    .reverse();
}
export type HeadOut = ReturnType<typeof presentHeads>[number];
