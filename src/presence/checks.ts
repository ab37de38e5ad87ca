// What the centre and the ministry are shown about presence: conflicts at a centre (the same officer at two
// centres at overlapping times; reception hours outside the centre's opening hours, on a public holiday, a
// transferred day off or a working Saturday), and kind compliance from the presence actually recorded (CR-5.3,
// CR-6.3: the reception hours less the absences over a month, week by week).
import type { Deps } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { calendarFor, organisationCardsById } from '../organisations/lookups.ts';
import {
  findCentreById,
  formatClock,
  hoursOn,
  type Interval,
  listCentresOf,
  loadCentre,
  loadReception,
  type DayCalendar,
} from '../centres/index.ts';
import type { Actor } from '../platform/access/actor.ts';
import { seesAllNotices, speaksFor } from './policy.ts';
import { centreDay, institutionDay } from './presence.ts';
import { noticeIn } from './public-service.ts';
import * as repo from './repository.ts';

export interface Conflict {
  date: string;
  institutionId: string;
  kind: 'officer_two_centres' | 'outside_opening_hours' | 'public_holiday' | 'transferred_day_off' | 'working_saturday';
  /** The other centre (officer_two_centres). */
  otherCentreId: string | null;
  officer: string | null;
  hours: string;
}

const text = (list: readonly Interval[]) =>
  list.map((i) => `${formatClock(i.opens)}–${formatClock(i.closes)}`).join(', ');
const overlaps = (a: readonly Interval[], b: readonly Interval[]) =>
  a.some((x) => b.some((y) => x.opens < y.closes && y.opens < x.closes));
/** The parts of the reception intervals when the centre is closed (a reception over the centre's lunch break: the break). */
function outsideOf(intervals: readonly Interval[], open: readonly Interval[]): Interval[] {
  const sorted = [...open].sort((a, b) => a.opens - b.opens);
  const out: Interval[] = [];
  for (const i of intervals) {
    let from = i.opens;
    for (const o of sorted) {
      if (o.closes <= from || o.opens >= i.closes) continue;
      if (o.opens > from) out.push({ opens: from, closes: o.opens });
      from = Math.max(from, o.closes);
    }
    if (from < i.closes) out.push({ opens: from, closes: i.closes });
  }
  return out;
}

const CALENDAR_CONFLICTS = [
  'public_holiday',
  'substitute_day_off',
  'one_off_holiday',
  'transferred_day_off',
  'working_saturday',
];

/**
 * The centre's conflicts: all of them for its staff and the network's readers; an institution's people see their
 * own institution's only (the same officer elsewhere names a person), and another centre's staff nothing (404).
 */
export async function centreConflicts(
  deps: Deps,
  actor: Actor,
  centreId: string,
  from?: string,
  days = 28,
): Promise<Conflict[]> {
  const centre = await findCentreById(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  if (seesAllNotices(actor, { centreId, municipalityId: centre.municipality_id }))
    return conflictsAt(deps, centreId, from, days);
  const own = actor.grants.map((g) => g.organisationId).filter((id) => speaksFor(actor, id));
  if (own.length === 0) throw new NotFoundError();
  return (await conflictsAt(deps, centreId, from, days)).filter((c) => own.includes(c.institutionId));
}

async function conflictsAt(deps: Deps, centreId: string, from?: string, days = 28): Promise<Conflict[]> {
  const centre = await loadCentre(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  const first = from ?? rigaDate(deps.now());
  const calendar = await calendarFor(deps, centre.row.municipality_id);
  const notices = (await repo.noticesOfCentres(deps.db, [centreId])).map(noticeIn);
  const versions = centre.reception;
  const out: Conflict[] = [];
  // Other centres where an officer of this centre is also assigned, loaded once.
  const elsewhere = new Map<string, Awaited<ReturnType<typeof repo.sameOfficerElsewhere>>>();
  for (const n of notices.filter((x) => x.kind === 'assignment' && x.officerName && x.officerSurname)) {
    const key = `${n.institutionId}|${n.officerName}|${n.officerSurname}`.toLowerCase();
    if (!elsewhere.has(key))
      elsewhere.set(
        key,
        await repo.sameOfficerElsewhere(deps.db, {
          institutionId: n.institutionId,
          centreId,
          name: n.officerName!,
          surname: n.officerSurname!,
        }),
      );
  }
  const otherIds = [...new Set([...elsewhere.values()].flat().map((r) => r.centre_id))];
  const otherReception = await loadReception(deps.db, otherIds);
  const otherNotices = (await repo.noticesOfCentres(deps.db, otherIds)).map((r) => ({
    ...noticeIn(r),
    centreId: r.centre_id,
  }));
  const otherCalendars = new Map<string, DayCalendar>();
  for (const id of otherIds) {
    const c = await findCentreById(deps.db, id);
    if (c) otherCalendars.set(id, await calendarFor(deps, c.municipality_id));
  }

  for (let k = 0; k < days; k++) {
    const date = addDays(first, k);
    const info = calendar.day(date);
    const open = centre.points.flatMap(
      (p) => hoursOn({ schedules: p.schedules, exceptions: p.exceptions }, date, calendar).intervals,
    );
    // Stated weekly hours that fall on a day the calendar takes away (or, on a working Saturday, gives).
    if (info.reason && CALENDAR_CONFLICTS.includes(info.reason)) {
      const weekday =
        info.reason === 'working_saturday' && info.pairedWith
          ? new Date(`${info.pairedWith}T00:00:00Z`).getUTCDay() || 7
          : info.weekday;
      for (const v of versions.filter((x) => x.validFrom <= date && (x.validUntil === null || date <= x.validUntil))) {
        const stated = v.days[weekday] ?? [];
        if (stated.length === 0) continue;
        const kind =
          info.reason === 'substitute_day_off' || info.reason === 'one_off_holiday' ? 'public_holiday' : info.reason;
        out.push({
          date,
          institutionId: v.institutionId,
          kind: kind as Conflict['kind'],
          otherCentreId: null,
          officer: null,
          hours: text(stated),
        });
      }
    }
    for (const d of centreDay(versions, notices, date, calendar)) {
      if (d.status === 'absent') continue;
      const outside = outsideOf(d.intervals, open);
      if (outside.length > 0)
        out.push({
          date,
          institutionId: d.institutionId,
          kind: 'outside_opening_hours',
          otherCentreId: null,
          officer: null,
          hours: text(outside),
        });
      for (const officer of d.officers) {
        const key = `${d.institutionId}|${officer.name}|${officer.surname}`.toLowerCase();
        for (const other of elsewhere.get(key) ?? []) {
          if (other.effective_from > date || (other.effective_until !== null && other.effective_until < date)) continue;
          const cal = otherCalendars.get(other.centre_id);
          const theirs = (otherReception.get(other.centre_id) ?? []).filter((v) => v.institutionId === d.institutionId);
          const mine = otherNotices.filter((n) => n.centreId === other.centre_id);
          const there = cal && institutionDay(d.institutionId, theirs, mine, date, cal);
          if (there && there.status !== 'absent' && overlaps(there.intervals, d.intervals))
            out.push({
              date,
              institutionId: d.institutionId,
              kind: 'officer_two_centres',
              otherCentreId: other.centre_id,
              officer: `${officer.name} ${officer.surname}`,
              hours: text(there.intervals),
            });
        }
      }
    }
  }
  return out;
}

/** CR-5.3 (regional: at least 3 institutions, at least one working day a week); CR-6.3 (national: 4, every day). */
const THRESHOLDS = { regional: { rule: 'CR-5.3', institutions: 3 }, national: { rule: 'CR-6.3', institutions: 4 } };

export async function monthlyCompliance(deps: Deps, month?: string) {
  const today = rigaDate(deps.now());
  const m = month ?? addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const monthNo = Number(m.slice(5, 7));
  if (!/^\d{4}-\d{2}$/.test(m) || monthNo < 1 || monthNo > 12)
    throw ValidationError.query('/month', 'presence_month_format');
  // Every ISO week that touches the month, each judged whole: a week split by the month's end judged on its one or
  // two days in the month would fail an institution that receives on another day of that week.
  const isoWeekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay() || 7;
  const first = `${m}-01`;
  let last = first;
  while (addDays(last, 1).startsWith(m)) last = addDays(last, 1);
  const dates: string[] = [];
  for (let d = addDays(first, 1 - isoWeekday(first)); d <= addDays(last, 7 - isoWeekday(last)); d = addDays(d, 1))
    dates.push(d);
  const centres = (await listCentresOf(deps.db)).filter(
    (c) => (c.kind === 'regional' || c.kind === 'national') && c.status === 'operating',
  );
  const reception = await loadReception(
    deps.db,
    centres.map((c) => c.id),
  );
  const notices = await repo.noticesOfCentres(
    deps.db,
    centres.map((c) => c.id),
  );
  const kinds = await organisationCardsById(
    deps.db,
    [...reception.values()].flat().map((r) => r.institutionId),
  );
  const out = [];
  for (const c of centres) {
    const kind = c.kind as 'regional' | 'national';
    const threshold = THRESHOLDS[kind];
    const calendar = await calendarFor(deps, c.municipality_id);
    const versions = (reception.get(c.id) ?? []).filter((v) => kinds.get(v.institutionId)?.kind === 'institution');
    const mine = notices.filter((n) => n.centre_id === c.id).map(noticeIn);
    // Week by week (ISO weeks, whole): the institutions that received enough that week.
    const weeks = new Map<string, { working: number; days: Map<string, number> }>();
    for (const date of dates) {
      if (!calendar.isWorkingDay(date)) continue;
      const monday = addDays(date, 1 - isoWeekday(date));
      const week = weeks.get(monday) ?? { working: 0, days: new Map<string, number>() };
      week.working++;
      for (const d of centreDay(versions, mine, date, calendar))
        if (d.status !== 'absent') week.days.set(d.institutionId, (week.days.get(d.institutionId) ?? 0) + 1);
      weeks.set(monday, week);
    }
    const weekList = [...weeks].map(([monday, w]) => {
      const qualifying = [...w.days]
        .filter(([, n]) => (kind === 'regional' ? n >= 1 : n >= w.working))
        .map(([id]) => id);
      return {
        weekOf: monday,
        workingDays: w.working,
        institutions: qualifying.map((id) => kinds.get(id)?.short_name ?? kinds.get(id)?.name ?? id).sort(),
        count: qualifying.length,
        below: qualifying.length < threshold.institutions,
      };
    });
    out.push({
      centreId: c.id,
      centreName: c.name,
      kind,
      rule: threshold.rule,
      threshold: threshold.institutions,
      weeks: weekList,
      below: weekList.some((w) => w.below),
    });
  }
  return { month: m, centres: out };
}
