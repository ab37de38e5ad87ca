// The calendars the pure calendar's tests share: the shipped facts, the state's calendar and a municipality's
// without Cabinet transfers.
import { WorkingCalendar, dateOf, dayNumber } from './calendar.ts';
import { shippedFacts } from './facts.ts';

export const facts = shippedFacts();
export const state = new WorkingCalendar(facts);
/** A municipality that opted out of Cabinet transfers (they only recommend to municipalities). */
export const optedOut = new WorkingCalendar(facts, { applyTransfers: false });
export const calendars = [
  ['state', state],
  ['without transfers', optedOut],
] as const;

export const plus = (date: string, days: number) => dateOf(dayNumber(date) + days);
