// Why a day is not an ordinary day, in words, in Latvian and English: a deadline lists the days it passed over
// with these texts, so whoever reads "due 21.11.2025." also reads that 17.11. was moved and 18.11. is a holiday.
import { lvDate } from './days.ts';

export type DayReason =
  | 'weekend'
  | 'public_holiday'
  | 'substitute_day_off'
  | 'one_off_holiday'
  | 'transferred_day_off'
  | 'working_saturday';

/** What the calendar knows about a day that is not an ordinary weekday. */
export interface Special {
  reason: DayReason;
  nameLv?: string | undefined;
  nameEn?: string | undefined;
  /** The other day of a Cabinet transfer, or the weekend holiday a substitute day off stands in for. */
  pairedWith?: string | undefined;
  /** The legal act, when the ministry entered it (e.g. "MK rīkojums Nr. 345 (2026-06-10)"). */
  basis?: string | undefined;
}

const withBasis = (text: string, basis: string | undefined) => (basis ? `${text}: ${basis}` : text);

export function describeEn(date: string, s: Special): string {
  switch (s.reason) {
    case 'transferred_day_off':
      return withBasis(`${date} — working day moved to ${s.pairedWith} by Cabinet order`, s.basis);
    case 'working_saturday':
      return withBasis(`${date} — Saturday worked instead of ${s.pairedWith} by Cabinet order`, s.basis);
    case 'substitute_day_off':
      return `${date} — day off because ${s.pairedWith} fell on a weekend (${s.nameEn})`;
    case 'one_off_holiday':
      return withBasis(`${date} — one-off public holiday (${s.nameEn})`, s.basis);
    case 'public_holiday':
      return `${date} — public holiday (${s.nameEn})`;
    case 'weekend':
      return `${date} — weekend`;
  }
}

export function describeLv(date: string, s: Special): string {
  const day = lvDate(date);
  const paired = s.pairedWith ? lvDate(s.pairedWith) : '';
  switch (s.reason) {
    case 'transferred_day_off':
      return withBasis(`${day} — darba diena pārcelta uz ${paired} ar Ministru kabineta rīkojumu`, s.basis);
    case 'working_saturday':
      return withBasis(`${day} — sestdiena ir darba diena ${paired} vietā ar Ministru kabineta rīkojumu`, s.basis);
    case 'substitute_day_off':
      return `${day} — brīvdiena, jo ${paired} iekrita nedēļas nogalē (${s.nameLv})`;
    case 'one_off_holiday':
      return withBasis(`${day} — vienreizēja svētku diena (${s.nameLv})`, s.basis);
    case 'public_holiday':
      return `${day} — svētku diena (${s.nameLv})`;
    case 'weekend':
      return `${day} — nedēļas nogale`;
  }
}

/** Why a result may still change, in both languages (e.g. "2029: Cabinet transfers of working days not yet known"). */
export interface ProvisionalReason {
  text: string;
  textLv: string;
}

/** Consecutive years, inclusive; `before` lie before the first recorded year, the others after the last confirmed one. */
export interface UnconfirmedYears {
  first: number;
  last: number;
  before: boolean;
}

const yearsEn = (y: UnconfirmedYears) => (y.first === y.last ? `${y.first}` : `${y.first}–${y.last}`);
const yearsLv = (y: UnconfirmedYears) => (y.first === y.last ? `${y.first}.` : `${y.first}.–${y.last}.`);

/**
 * Years before the record are not unknown in the same way as years to come: the Cabinet did move working days then,
 * but the calendar does not hold those orders, so the text says where the record starts.
 */
export function describeUnconfirmed(spans: UnconfirmedYears[], recordedFrom: number): ProvisionalReason {
  const en = spans.map((y) =>
    y.before
      ? `${yearsEn(y)}: Cabinet transfers of working days not known (the calendar holds them from ${recordedFrom})`
      : `${yearsEn(y)}: Cabinet transfers of working days not yet known`,
  );
  const lv = spans.map((y) =>
    y.before
      ? `${yearsLv(y)} gadā Ministru kabineta darba dienu pārcelšana nav zināma (kalendārā tā ir no ${recordedFrom}. gada)`
      : `${yearsLv(y)} gadā Ministru kabineta darba dienu pārcelšana vēl nav zināma`,
  );
  return { text: en.join('; '), textLv: lv.join('; ') };
}
