// `npm run bench:calendar`: one million "within N working days after D" computations with the working-day calendar
// (src/platform/calendar), against a naive baseline that walks day by day over JS Date objects with a Set of
// holiday strings. Both must give the same answers (checked for every computation after timing); the script prints
// the time per computation of each, their ratio, and the cost of the explained version (with the skipped days).
import assert from 'node:assert/strict';
import { WorkingCalendar, dateOf, dayNumber } from '../src/platform/calendar/calendar.ts';
import { shippedFacts } from '../src/platform/calendar/facts.ts';
import { seededRandom } from './seeded-random.ts';

const COUNT = 1_000_000;
const FIRST = dayNumber('2015-01-01');
const LAST = dayNumber('2026-12-31');

const next = seededRandom(20_261_123);
const froms: string[] = new Array(COUNT);
const amounts = new Int32Array(COUNT);
for (let i = 0; i < COUNT; i++) {
  froms[i] = dateOf(FIRST + Math.floor(next() * (LAST - FIRST + 1)));
  // Legal terms are mostly 2–20 working days; up to 30 covers them with room.
  amounts[i] = 1 + Math.floor(next() * 30);
}

let started = process.hrtime.bigint();
const calendar = new WorkingCalendar(shippedFacts());
const buildMs = Number(process.hrtime.bigint() - started) / 1e6;

// The baseline's facts: weekdays that are not working days, and Saturdays that are, as YYYY-MM-DD strings.
const daysOff = new Set<string>();
const workingSaturdays = new Set<string>();
for (let year = 2015; year <= 2028; year++) {
  const view = calendar.year(year);
  for (const d of view.daysOff) if (d.weekday <= 5) daysOff.add(d.date);
  for (const d of view.workingSaturdays) workingSaturdays.add(d.date);
}

function naiveDue(from: string, n: number): string {
  const day = new Date(`${from}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (workingSaturdays.has(iso) || (weekday !== 0 && weekday !== 6 && !daysOff.has(iso))) left--;
  }
  return day.toISOString().slice(0, 10);
}

const WARM_UP = 50_000;

function time(label: string, run: (out: string[], count: number) => void): { ns: number; out: string[] } {
  const out: string[] = new Array(COUNT);
  // Warm up on a slice first, so the timing measures compiled code, not the JIT getting there.
  run(new Array(WARM_UP), WARM_UP);
  started = process.hrtime.bigint();
  run(out, COUNT);
  const ns = Number(process.hrtime.bigint() - started) / COUNT;
  process.stdout.write(`${label.padEnd(44)} ${ns.toFixed(1).padStart(8)} ns per computation\n`);
  return { ns, out };
}

process.stdout.write(`${COUNT.toLocaleString('en')} deadlines: start dates 2015–2026, 1–30 working days\n`);
process.stdout.write(`building the calendar (1990–2100, once)      ${buildMs.toFixed(1).padStart(8)} ms\n`);

const ours = time('calendar.dueAfterWorkingDays', (out, count) => {
  for (let i = 0; i < count; i++) out[i] = calendar.dueAfterWorkingDays(froms[i]!, amounts[i]!);
});
const naive = time('naive: Date day by day + Set of holidays', (out, count) => {
  for (let i = 0; i < count; i++) out[i] = naiveDue(froms[i]!, amounts[i]!);
});
const explained = time('calendar.addWorkingDays (with explanation)', (out, count) => {
  for (let i = 0; i < count; i++) out[i] = calendar.addWorkingDays(froms[i]!, amounts[i]!).due;
});

for (let i = 0; i < COUNT; i++) {
  assert.equal(
    ours.out[i],
    naive.out[i],
    `${froms[i]} + ${amounts[i]}: calendar ${ours.out[i]}, naive ${naive.out[i]}`,
  );
  assert.equal(explained.out[i], ours.out[i]);
}
process.stdout.write(`all ${COUNT.toLocaleString('en')} answers agree with the baseline\n`);
process.stdout.write(
  `naive / calendar: ${(naive.ns / ours.ns).toFixed(1)}× ; explained / plain: ${(explained.ns / ours.ns).toFixed(1)}×\n`,
);
