// The Latvian working-day calendar: a pure module, no I/O. Working days are Monday–Friday, minus public holidays,
// plus Saturdays the Cabinet made working days when it moved a working day (Labour Law s.133(4)). Facts are data
// (facts.ts); this file only applies them. Every day of the supported range is classified once, up front, so a
// deadline is an array lookup — the explanation is built only when asked for.
import type { CalendarFacts } from './facts.ts';
import {
  CalendarRangeError,
  EPOCH,
  RANGE_DAYS,
  civilDay,
  dateOf,
  dayNumber,
  daysInMonth,
  easterSunday,
  isoWeekday,
  rangeIndex,
  FIRST_YEAR,
  LAST_YEAR,
} from './days.ts';
import {
  describeEn,
  describeLv,
  describeUnconfirmed,
  type DayReason,
  type ProvisionalReason,
  type Special,
  type UnconfirmedYears,
} from './explain.ts';

export {
  CalendarDateError,
  CalendarRangeError,
  FIRST_YEAR,
  LAST_YEAR,
  dateOf,
  dayNumber,
  easterSunday,
  isCalendarDate,
} from './days.ts';
export type { DayReason, ProvisionalReason } from './explain.ts';

export interface DayInfo {
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  working: boolean;
  /** Why the day is not an ordinary weekday; 'weekend' for a plain Saturday or Sunday; absent for an ordinary working day. */
  reason?: DayReason;
  nameLv?: string;
  nameEn?: string;
  /** The other day of a Cabinet transfer, or the weekend holiday a substitute day off stands in for. */
  pairedWith?: string;
  /** The legal act the ministry entered with a run-time addition. */
  basis?: string;
  /** Labour Law s.135: the working day before a public holiday is one hour shorter. */
  shortened: boolean;
}

export interface SkippedDay {
  date: string;
  reason: DayReason;
  /** English, e.g. "2025-11-17 — working day moved to 2025-11-08 by Cabinet order" */
  text: string;
  /** Latvian, e.g. "17.11.2025. — darba diena pārcelta uz 08.11.2025. ar Ministru kabineta rīkojumu" */
  textLv: string;
}

export interface Deadline {
  due: string;
  from: string;
  amount: number;
  unit: 'working_days' | 'months';
  /** Months only: the same day number N months later (or that month's last day), before moving to a working day. */
  target?: string;
  /**
   * The days the count passed over. Working days: weekdays that were not working days (holidays, transferred days
   * off). Months: every day from the target up to the due date (why the due date moved).
   */
  skipped: SkippedDay[];
  /** Saturdays counted as working days by Cabinet order. */
  workingSaturdays: SkippedDay[];
  /**
   * True when a day the result depends on (after `from` up to the due date; for months, from the target) is in a year
   * whose Cabinet transfers are not confirmed: after the last confirmed year, or before the first recorded one.
   */
  provisional: boolean;
  /** Why, when provisional: the unconfirmed years, in Latvian and English. */
  provisionalReason?: ProvisionalReason;
}

export interface CalendarOptions {
  /** Cabinet transfers bind state institutions; a municipality may opt out (then false). */
  applyTransfers: boolean;
}

export interface YearView {
  year: number;
  confirmed: boolean;
  /** Why the year is not confirmed, when it is not. */
  provisionalReason?: ProvisionalReason;
  daysOff: DayInfo[];
  workingSaturdays: DayInfo[];
  shortenedDays: DayInfo[];
}

const HOLIDAY_REASONS: ReadonlySet<DayReason> = new Set(['public_holiday', 'substitute_day_off', 'one_off_holiday']);

/** A day off given by the holiday law (a holiday, its substitute day, a one-off holiday), not by a Cabinet transfer. */
export function isHolidayReason(reason: DayReason | undefined): boolean {
  return reason !== undefined && HOLIDAY_REASONS.has(reason);
}

export class WorkingCalendar {
  private readonly working = new Uint8Array(RANGE_DAYS);
  private readonly shortened = new Uint8Array(RANGE_DAYS);
  /** cumulative[i] = working days among days 0..i of the range */
  private readonly cumulative = new Int32Array(RANGE_DAYS);
  /** workingIndex[k] = range index of the (k+1)th working day */
  private readonly workingIndex: Int32Array;
  private readonly specials = new Map<number, Special>();
  readonly confirmedFrom: number;
  readonly confirmedThrough: number;

  constructor(
    facts: CalendarFacts,
    readonly options: CalendarOptions = { applyTransfers: true },
  ) {
    this.confirmedFrom = facts.confirmedFrom;
    this.confirmedThrough = facts.confirmedThrough;
    this.collectHolidays(facts);
    if (options.applyTransfers) this.collectTransfers(facts);
    let count = 0;
    const indices: number[] = [];
    for (let i = 0; i < RANGE_DAYS; i++) {
      const day = EPOCH + i;
      const special = this.specials.get(day);
      const works = special ? special.reason === 'working_saturday' : isoWeekday(day) <= 5;
      this.working[i] = works ? 1 : 0;
      if (works) {
        count++;
        indices.push(i);
      }
      this.cumulative[i] = count;
    }
    this.workingIndex = Int32Array.from(indices);
    this.markShortenedDays();
  }

  private collectHolidays(facts: CalendarFacts): void {
    const weekendRule: { day: number; nameLv: string; nameEn: string }[] = [];
    // A holiday the law added later counts from the day it applies (facts.ts): each year gets the law of that year.
    const since = (date: string | undefined) => (date === undefined ? -Infinity : dayNumber(date));
    const fixed = facts.fixedHolidays.map((h) => ({
      ...h,
      from: since(h.since),
      ruleFrom: since(h.weekendRuleSince ?? h.since),
    }));
    const easterRelative = facts.easterRelativeHolidays.map((h) => ({ ...h, from: since(h.since) }));
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const h of fixed) {
        const day = civilDay(year, Number(h.monthDay.slice(0, 2)), Number(h.monthDay.slice(3, 5)));
        if (day < h.from) continue;
        this.specials.set(day, { reason: 'public_holiday', nameLv: h.nameLv, nameEn: h.nameEn });
        if (h.weekendGivesNextWorkingDayOff && day >= h.ruleFrom && isoWeekday(day) >= 6)
          weekendRule.push({ day, nameLv: h.nameLv, nameEn: h.nameEn });
      }
      const easter = easterSunday(year);
      for (const h of easterRelative) {
        if (easter + h.offsetDays < h.from) continue;
        this.specials.set(easter + h.offsetDays, { reason: 'public_holiday', nameLv: h.nameLv, nameEn: h.nameEn });
      }
    }
    for (const h of facts.oneOffHolidays) {
      this.specials.set(dayNumber(h.date), {
        reason: 'one_off_holiday',
        nameLv: h.nameLv,
        nameEn: h.nameEn,
        basis: h.basis,
      });
    }
    // Law on Holidays s.2: 4 May and 18 November falling on a Saturday or Sunday give the next working day off.
    // Found after every other holiday is known, so "the next working day" skips any holiday in between.
    for (const w of weekendRule) {
      let next = w.day + 1;
      while (isoWeekday(next) >= 6 || this.specials.has(next)) next++;
      this.specials.set(next, {
        reason: 'substitute_day_off',
        nameLv: w.nameLv,
        nameEn: w.nameEn,
        pairedWith: dateOf(w.day),
      });
    }
    // The Song and Dance Festival's closing day on a Sunday gives the next day off (the data names both days).
    for (const f of facts.songFestivalClosingDays) {
      this.specials.set(dayNumber(f.dayOff), {
        reason: 'substitute_day_off',
        nameLv: 'Vispārējo latviešu Dziesmu un Deju svētku noslēguma diena',
        nameEn: 'Closing day of the Song and Dance Festival',
        pairedWith: f.date,
      });
    }
  }

  private collectTransfers(facts: CalendarFacts): void {
    for (const t of facts.transferredWorkingDays) {
      this.specials.set(dayNumber(t.dayOff), {
        reason: 'transferred_day_off',
        pairedWith: t.workingSaturday,
        basis: t.basis,
      });
      this.specials.set(dayNumber(t.workingSaturday), {
        reason: 'working_saturday',
        pairedWith: t.dayOff,
        basis: t.basis,
      });
    }
  }

  /** A holiday in the sense of Labour Law s.135: a day off given by the holiday law, not by a transfer. */
  private isHoliday(day: number): boolean {
    return isHolidayReason(this.specials.get(day)?.reason);
  }

  private markShortenedDays(): void {
    // Labour Law s.135: the working day immediately before a public holiday is one hour shorter.
    for (let i = 0; i < RANGE_DAYS - 1; i++) {
      if (this.working[i] && this.isHoliday(EPOCH + i + 1)) this.shortened[i] = 1;
    }
    // A working Saturday that stands in for a day before a holiday carries that day's shorter hours
    // (2026-06-27 works for 2026-06-22, the day before Līgo).
    for (const [day, special] of this.specials) {
      if (special.reason !== 'working_saturday' || !special.pairedWith) continue;
      if (this.isHoliday(dayNumber(special.pairedWith) + 1)) this.shortened[day - EPOCH] = 1;
    }
  }

  isWorkingDay(date: string): boolean {
    return this.working[rangeIndex(date)] === 1;
  }

  isShortened(date: string): boolean {
    return this.shortened[rangeIndex(date)] === 1;
  }

  /** True when the ministry has entered the year's Cabinet order (or the shipped data covers it). */
  isConfirmed(year: number): boolean {
    return year >= this.confirmedFrom && year <= this.confirmedThrough;
  }

  /** Why an answer that depends on the days firstDay…lastDay (inclusive) may still change; undefined when it may not. */
  private unconfirmedReason(firstDay: number, lastDay: number): ProvisionalReason | undefined {
    const from = Number(dateOf(Math.min(firstDay, lastDay)).slice(0, 4));
    const to = Number(dateOf(Math.max(firstDay, lastDay)).slice(0, 4));
    const spans: UnconfirmedYears[] = [];
    if (from < this.confirmedFrom)
      spans.push({ first: from, last: Math.min(to, this.confirmedFrom - 1), before: true });
    if (to > this.confirmedThrough)
      spans.push({ first: Math.max(from, this.confirmedThrough + 1), last: to, before: false });
    return spans.length > 0 ? describeUnconfirmed(spans, this.confirmedFrom) : undefined;
  }

  day(date: string): DayInfo {
    const i = rangeIndex(date);
    const day = EPOCH + i;
    const special = this.specials.get(day);
    const weekday = isoWeekday(day);
    const info: DayInfo = { date, weekday, working: this.working[i] === 1, shortened: this.shortened[i] === 1 };
    if (special) {
      info.reason = special.reason;
      if (special.nameLv !== undefined) info.nameLv = special.nameLv;
      if (special.nameEn !== undefined) info.nameEn = special.nameEn;
      if (special.pairedWith !== undefined) info.pairedWith = special.pairedWith;
      if (special.basis !== undefined) info.basis = special.basis;
    } else if (weekday >= 6) info.reason = 'weekend';
    return info;
  }

  /** The Nth working day after `from` (`from` itself not counted): "within N working days after D". */
  dueAfterWorkingDays(from: string, n: number): string {
    const i = rangeIndex(from, 'from');
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a whole number ≥ 1, got ${n}`);
    const k = this.cumulative[i]! + n - 1;
    if (k >= this.workingIndex.length)
      throw new CalendarRangeError(`${n} working days after ${from} is outside the calendar's range`);
    return dateOf(EPOCH + this.workingIndex[k]!);
  }

  addWorkingDays(from: string, n: number): Deadline {
    const due = this.dueAfterWorkingDays(from, n);
    return this.explain(from, due, n, 'working_days');
  }

  /** "Within N months after D": the same day number N months later (or that month's last day), moved to the next working day. */
  addMonths(from: string, n: number): Deadline {
    rangeIndex(from, 'from');
    if (!Number.isInteger(n)) throw new RangeError(`months must be a whole number, got ${n}`);
    const months = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + n;
    const year = Math.floor(months / 12);
    const month = months - year * 12 + 1;
    const target = civilDay(year, month, Math.min(Number(from.slice(8, 10)), daysInMonth(year, month)));
    let i = target - EPOCH;
    while (i >= 0 && i < RANGE_DAYS && !this.working[i]) i++;
    if (i < 0 || i >= RANGE_DAYS)
      throw new CalendarRangeError(`${n} months after ${from} is outside the calendar's range`);
    return this.explain(from, dateOf(EPOCH + i), n, 'months', target);
  }

  /** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
  workingDaysBetween(from: string, to: string): number {
    return this.cumulative[rangeIndex(to, 'to')]! - this.cumulative[rangeIndex(from, 'from')]!;
  }

  /** Why workingDaysBetween(from, to) may still change: the days after the earlier date up to the later one. */
  provisionalBetween(from: string, to: string): ProvisionalReason | undefined {
    const [a, b] = from <= to ? [from, to] : [to, from];
    return a === b ? undefined : this.unconfirmedReason(dayNumber(a) + 1, dayNumber(b));
  }

  /** The year's days off (with names; holidays on a weekend included), working Saturdays and shortened days. */
  year(year: number): YearView {
    const daysOff: DayInfo[] = [];
    const workingSaturdays: DayInfo[] = [];
    const shortenedDays: DayInfo[] = [];
    for (let day = civilDay(year, 1, 1); day < civilDay(year + 1, 1, 1); day++) {
      const info = this.day(dateOf(day));
      if (!info.working && info.reason !== 'weekend') daysOff.push(info);
      if (info.reason === 'working_saturday') workingSaturdays.push(info);
      if (info.shortened) shortenedDays.push(info);
    }
    const view: YearView = { year, confirmed: this.isConfirmed(year), daysOff, workingSaturdays, shortenedDays };
    const reason = this.unconfirmedReason(civilDay(year, 1, 1), civilDay(year, 12, 31));
    if (reason) view.provisionalReason = reason;
    return view;
  }

  private entry(day: number, special: Special): SkippedDay {
    const date = dateOf(day);
    return { date, reason: special.reason, text: describeEn(date, special), textLv: describeLv(date, special) };
  }

  private explain(from: string, due: string, amount: number, unit: Deadline['unit'], target?: number): Deadline {
    const skipped: SkippedDay[] = [];
    const workingSaturdays: SkippedDay[] = [];
    const end = dayNumber(due);
    for (let day = target ?? dayNumber(from) + 1; day <= end; day++) {
      const special = this.specials.get(day);
      if (special?.reason === 'working_saturday') workingSaturdays.push(this.entry(day, special));
      if (day === end || this.working[day - EPOCH]) continue;
      // Counting working days, a weekend is no news; moving a month's target to a working day, it is the reason.
      if (target !== undefined) skipped.push(this.entry(day, special ?? { reason: 'weekend' }));
      else if (special && isoWeekday(day) <= 5) skipped.push(this.entry(day, special));
    }
    // The result depends on the days counted (after `from`), or for months on those from the target on.
    const reason = this.unconfirmedReason(target ?? dayNumber(from) + 1, end);
    const deadline: Deadline = {
      due,
      from,
      amount,
      unit,
      skipped,
      workingSaturdays,
      provisional: reason !== undefined,
    };
    if (reason) deadline.provisionalReason = reason;
    if (target !== undefined) deadline.target = dateOf(target);
    return deadline;
  }
}
