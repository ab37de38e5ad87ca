// The legal notice period of an institution's notice to a centre (CR-19.1 … CR-19.4, DR-15.4), checked on the
// working-day calendar of the centre's municipality. Pure: the calendar, the notice and the instant it was sent in;
// the last day it could be sent, whether it was late and the days counted out. A late notice is flagged and
// explained, never refused: the officer still comes, and the centre must know it.
//
// Where the count starts. "Five working days before an officer starts" is the registry's term (CR-19.1, CR-19.2 in
// src/obligations/rules-cr.ts): the due date is the fifth working day before the first day, counted back from the
// day before it (the first day itself is not counted: the officer starts working on it). A notice sent on that day
// is on time, so the sending day itself counts as one of the five when it is a working day (a notice sent at any
// hour of a working day reaches the centre that day). The explanation lists every day from the sending day to the
// day before the first day, each with whether it was counted: public holidays, transferred days off and weekends
// are not; a Saturday made a working day by Cabinet order is.
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { previewOn } from '../obligations/lookups.ts';
import type { NoticeKind } from './tables.ts';

export type DayKind =
  | 'working'
  | 'weekend'
  | 'public_holiday'
  | 'substitute_day_off'
  | 'one_off_holiday'
  | 'transferred_day_off'
  | 'working_saturday';

export interface CountedDay {
  date: string;
  kind: DayKind;
  counted: boolean;
  nameLv?: string;
  nameEn?: string;
}

export interface NoticeCheck {
  /** The requirement whose term applies. */
  ruleId: 'CR-19.1' | 'CR-19.2' | 'CR-19.3' | 'CR-19.4';
  /** The last day the notice could be sent on time; null when the rule says "at once" or sets no term. */
  due: string | null;
  late: boolean;
  /** Working days the rule asks for (5), and how many the notice gave (the sending day included when working). */
  needed: number | null;
  counted: number | null;
  /** The day sent (Riga), and the notice's first day. */
  sentOn: string;
  effectiveFrom: string;
  /** CR-19.2's exception: an absent officer who cannot be replaced; no term then. */
  exception: boolean;
  days: CountedDay[];
  /** Holidays and transferred days off the registry passed over counting back (its own explanation). */
  skipped: { date: string; textLv: string; textEn: string }[];
}

/** At most this many days are listed (a notice sent months ahead needs no day-by-day account). */
const MAX_LISTED = 31;

function dayKind(calendar: WorkingCalendar, date: string): { kind: DayKind; nameLv?: string; nameEn?: string } {
  const info = calendar.day(date);
  const names = { ...(info.nameLv ? { nameLv: info.nameLv } : {}), ...(info.nameEn ? { nameEn: info.nameEn } : {}) };
  if (!info.reason) return { kind: info.working ? 'working' : 'weekend', ...names };
  return { kind: info.reason, ...names };
}

/** The days from the sending day to the day before the first day, each marked counted or not. */
export function daysBetween(calendar: WorkingCalendar, sentOn: string, effectiveFrom: string): CountedDay[] {
  const days: CountedDay[] = [];
  for (let d = sentOn; d < effectiveFrom && days.length < MAX_LISTED; d = addDays(d, 1)) {
    days.push({ date: d, counted: calendar.isWorkingDay(d), ...dayKind(calendar, d) });
  }
  return days;
}

export function checkNotice(
  calendar: WorkingCalendar,
  input: { kind: NoticeKind; effectiveFrom: string; sentAt: Date; exception: boolean },
): NoticeCheck {
  const sentOn = rigaDate(input.sentAt);
  const days = input.kind === 'substitution' ? [] : daysBetween(calendar, sentOn, input.effectiveFrom);
  const base = { sentOn, effectiveFrom: input.effectiveFrom, days, skipped: [] };
  if (input.kind === 'absence') {
    // CR-19.3: "immediately" — late when sent after the absence had begun.
    const late = sentOn > input.effectiveFrom;
    return {
      ...base,
      ruleId: 'CR-19.3',
      due: input.effectiveFrom,
      late,
      needed: null,
      counted: null,
      exception: false,
    };
  }
  if (input.kind === 'substitution') {
    return { ...base, ruleId: 'CR-19.4', due: null, late: false, needed: null, counted: null, exception: false };
  }
  const ruleId = input.kind === 'assignment' ? 'CR-19.1' : 'CR-19.2';
  const counted = days.filter((d) => d.counted).length;
  if (input.kind === 'hours_change' && input.exception) {
    return { ...base, ruleId, due: null, late: false, needed: null, counted, exception: true };
  }
  const preview = previewOn(calendar, { ruleId, start: input.effectiveFrom });
  const due = preview?.due ?? null;
  const needed = preview?.explanation.amount ?? null;
  return {
    ...base,
    ruleId,
    due,
    late: due !== null && sentOn > due,
    needed,
    counted,
    exception: false,
    skipped: (preview?.explanation.skipped ?? []).map((s) => ({ date: s.date, textLv: s.textLv, textEn: s.text })),
  };
}
