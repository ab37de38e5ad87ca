// Public "who receives here today / this week": per centre and per institution, as JSON and as an iCalendar feed
// (RFC 5545, written by ical-generator). Each day is worked out on the calendar of the centre's municipality from
// the published reception hours and the notices (presence.ts).
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Deps } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { addDays, isIsoDate, rigaDate, startOfRigaDay } from '../platform/time.ts';
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { calendarFor, organisationCardsById } from '../organisations/lookups.ts';
import { findCentreById, formatClock, loadReception, listCentresOf } from '../centres/index.ts';
import { centreDay, type InstitutionDay, type NoticeIn } from './presence.ts';
import { headOn } from './heads-service.ts';
import * as repo from './repository.ts';
import type { NoticeRow } from './tables.ts';

export function noticeIn(r: NoticeRow): NoticeIn {
  return {
    id: r.id,
    institutionId: r.institution_id,
    kind: r.kind,
    officerPosition: r.officer_position,
    officerName: r.officer_name,
    officerSurname: r.officer_surname,
    substitutePosition: r.substitute_position,
    substituteName: r.substitute_name,
    substituteSurname: r.substitute_surname,
    effectiveFrom: r.effective_from,
    effectiveUntil: r.effective_until,
    reason: r.reason,
  };
}

export interface ReceivingEntry {
  date: string;
  centreId: string;
  centreName: string;
  institutionId: string;
  institutionName: string;
  status: InstitutionDay['status'];
  intervals: { opens: string; closes: string }[];
  officers: InstitutionDay['officers'];
  substitute: InstitutionDay['substitute'];
  absenceReason: string | null;
}

function range(deps: Deps, from: string | undefined, days: number | undefined): string[] {
  const first = from ?? rigaDate(deps.now());
  const year = Number(first.slice(0, 4));
  if (!isIsoDate(first) || year < FIRST_YEAR || year >= LAST_YEAR)
    throw ValidationError.query('/from', 'presence_date_range');
  return Array.from({ length: days ?? 7 }, (_, i) => addDays(first, i));
}

/** Who receives at the centres on the days, institution by institution. */
async function entriesAt(
  deps: Deps,
  centres: readonly { id: string; name: string; municipality_id: string }[],
  dates: readonly string[],
  onlyInstitution?: string,
): Promise<ReceivingEntry[]> {
  const ids = centres.map((c) => c.id);
  const reception = await loadReception(deps.db, ids);
  const notices = await repo.noticesOfCentres(deps.db, ids, onlyInstitution);
  const institutionIds = [...reception.values()].flat().map((r) => r.institutionId);
  const cards = await organisationCardsById(deps.db, institutionIds);
  const out: ReceivingEntry[] = [];
  for (const centre of centres) {
    const versions = (reception.get(centre.id) ?? []).filter(
      (v) => !onlyInstitution || v.institutionId === onlyInstitution,
    );
    if (versions.length === 0) continue;
    const calendar = await calendarFor(deps, centre.municipality_id);
    const mine = notices.filter((n) => n.centre_id === centre.id).map(noticeIn);
    for (const date of dates) {
      for (const d of centreDay(versions, mine, date, calendar)) {
        const card = cards.get(d.institutionId);
        out.push({
          date,
          centreId: centre.id,
          centreName: centre.name,
          institutionId: d.institutionId,
          institutionName: card?.short_name ? `${card.name} (${card.short_name})` : (card?.name ?? ''),
          status: d.status,
          intervals: d.intervals.map((i) => ({ opens: formatClock(i.opens), closes: formatClock(i.closes) })),
          officers: d.officers,
          substitute: d.substitute,
          absenceReason: d.absenceReason,
        });
      }
    }
  }
  return out;
}

export async function receivingAtCentre(deps: Deps, centreId: string, from?: string, days?: number) {
  const centre = await findCentreById(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  const dates = range(deps, from, days);
  const head = await headOn(deps, centreId, dates[0]!);
  return {
    centreId,
    centreName: centre.name,
    from: dates[0]!,
    to: dates.at(-1)!,
    // CR-20.3: whom the officers (and the public) turn to; the decision stays with the staff's view.
    head: head && { name: head.name, surname: head.surname, from: head.from },
    entries: await entriesAt(deps, [centre], dates),
  };
}

export async function receivingOfInstitution(deps: Deps, institutionId: string, from?: string, days?: number) {
  const card = (await organisationCardsById(deps.db, [institutionId])).get(institutionId);
  if (!card || !['institution', 'holder'].includes(card.kind)) throw new NotFoundError();
  const dates = range(deps, from, days);
  const centres = (await listCentresOf(deps.db)).filter((c) => c.kind === 'regional' || c.kind === 'national');
  return {
    institutionId,
    institutionName: card.name,
    from: dates[0]!,
    to: dates.at(-1)!,
    entries: await entriesAt(deps, centres, dates, institutionId),
  };
}

/** Minutes after a Riga midnight as an instant (the offset of that day, summer time included). */
function instant(date: string, clock: string): Date {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  const start = startOfRigaDay(date);
  // A day of a clock change is 23 or 25 hours long; reception hours are never during the change (03:00–04:00).
  const next = startOfRigaDay(addDays(date, 1));
  const shift = next.getTime() - start.getTime() - 86_400_000;
  return new Date(start.getTime() + (h * 60 + m) * 60_000 + (h >= 4 ? shift : 0));
}

/** RFC 5545: one event per reception interval; an absence shows as a cancelled event, a substitute in the summary. */
export function toICal(name: string, entries: readonly ReceivingEntry[], now: Date): string {
  // Instants in UTC (RFC 5545 form 2): every calendar program places them right without a VTIMEZONE block.
  const cal = ical({ name, prodId: { company: 'VARAM', product: 'Vienuviet', language: 'LV' } });
  cal.method(ICalCalendarMethod.PUBLISH);
  for (const e of entries) {
    for (const [k, i] of e.intervals.entries()) {
      const who = e.substitute ?? e.officers[0];
      const person = who ? ` — ${who.position} ${who.name} ${who.surname}` : '';
      const absent = e.status === 'absent';
      cal.createEvent({
        id: `${e.date}-${e.centreId}-${e.institutionId}-${k}@vienuviet`,
        start: instant(e.date, i.opens),
        end: instant(e.date, i.closes),
        stamp: now,
        summary: `${absent ? 'NEPIEŅEM: ' : ''}${e.institutionName}${absent ? '' : person}`,
        location: e.centreName,
        description: absent ? `Darbinieks nav pieejams: ${e.absenceReason ?? ''}` : 'Klientu pieņemšana',
        ...(absent ? { status: ICalEventStatus.CANCELLED } : {}),
      });
    }
  }
  return cal.toString();
}
