// The public centre finder (CR-17.8, CR-17.9, DR-20.1): no login. Only centres that serve clients are shown —
// operating ones, and those whose liquidation is decided: until their closing deadline with the day they will close
// by, after it as closed without hours (DR-12.3), until the staff record the closure.
import type { Deps } from '../db.ts';
import type { CentreStatus } from './tables.ts';
import { calendarFor, listOrganisations, type Organisation } from '../organisations/index.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { NotFoundError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { rigaDate } from '../platform/time.ts';
import { hoursOn, weekOf } from './hours.ts';
import { inForce } from './kind-rules.ts';
import { checkDate } from './input.ts';
import { loadCentres, loadPoints, type PointData } from './load.ts';
import { ceasedOn, openAt, publicDay, publicStatus, rigaMinuteOfDay } from './public-hours.ts';
import { findCentreRow, listCentreRows, type CentreRow } from './repository.ts';
import {
  presentPublicCentre,
  presentPublicSummary,
  type PublicCentreOut,
  type PublicCentreSummaryOut,
} from './public-presenters.ts';
import type { ListCentresIn } from './schemas.ts';
import { publishedServiceNames } from '../catalogue/lookups.ts';
import { scopeServiceIdsOn } from '../scope/lookups.ts';

export const PUBLIC_STATUSES: readonly CentreStatus[] = ['operating', 'liquidation_decided'];

export interface PublicListIn extends ListCentresIn {
  /** Only centres with a point open at this minute. */
  openNow?: boolean | undefined;
}

export interface MapSettings {
  tileUrl: string;
  attribution: string;
}

export interface PublicListOut {
  items: PublicCentreSummaryOut[];
  municipalities: { id: string; name: string }[];
  map: MapSettings | null;
}

/**
 * Each municipality's calendar: one that opted out of Cabinet transfers keeps its ordinary weekdays. The state
 * calendar is cached, so only an opted-out municipality costs a lookup.
 */
async function calendarsOf(deps: Deps, municipalities: readonly Organisation[]): Promise<Map<string, WorkingCalendar>> {
  const state = await calendarFor(deps);
  const calendars = new Map<string, WorkingCalendar>();
  for (const m of municipalities)
    calendars.set(m.id, m.follows_cabinet_transfers ? state : await calendarFor(deps, m.id));
  return calendars;
}

/** "Open now": a point of a centre that has not ceased is inside one of today's intervals at this Riga minute. */
function openNow(row: CentreRow, points: readonly PointData[], calendar: WorkingCalendar, now: Date): boolean {
  const today = rigaDate(now);
  const minute = rigaMinuteOfDay(now);
  return points.some((p) => openAt(publicDay(row, hoursOn(p, today, calendar)), minute));
}

export async function listPublicCentres(deps: Deps, query: PublicListIn): Promise<PublicListOut> {
  const now = deps.now();
  const today = rigaDate(now);
  const text = query.q?.trim() || undefined;
  const rows = await listCentreRows(deps.db, {
    statuses: PUBLIC_STATUSES,
    municipalityId: query.municipalityId,
    kind: query.kind,
    text,
  });
  // Today's exceptions only: a fixed number of queries whatever the count of centres.
  const points = await loadPoints(
    deps.db,
    rows.map((r) => r.id),
    { from: today, to: today },
  );
  const municipalities = new Map(
    (await listOrganisations(deps.db, [...new Set(rows.map((r) => r.municipality_id))])).map((m) => [m.id, m]),
  );
  const calendars = await calendarsOf(deps, [...municipalities.values()]);
  const items = rows
    .map((row) => {
      const own = points.get(row.id) ?? [];
      return presentPublicSummary(row, {
        status: publicStatus(row, today),
        openNow: openNow(row, own, calendars.get(row.municipality_id)!, now),
        municipality: municipalities.get(row.municipality_id),
        points: own.map((p) => p.row),
      });
    })
    .filter((c) => !query.openNow || c.openNow)
    .sort((a, b) => lvCompare(a.name, b.name));
  return { items, municipalities: await municipalityChoices(deps), map: mapSettings(deps) };
}

/** The filter's choices: every municipality with a public centre, whatever the current filter. */
async function municipalityChoices(deps: Deps): Promise<{ id: string; name: string }[]> {
  const all = await listCentreRows(deps.db, { statuses: PUBLIC_STATUSES });
  const choices = [
    ...new Map(all.map((r) => [r.municipality_id, { id: r.municipality_id, name: r.municipality_name }])).values(),
  ];
  return choices.sort((a, b) => lvCompare(a.name, b.name));
}

/** MAP_TILE_URL: without it the finder shows no map (tests, closed networks). */
function mapSettings(deps: Deps): MapSettings | null {
  const tiles = deps.config.mapTiles;
  return tiles ? { tileUrl: tiles.url, attribution: tiles.attribution } : null;
}

/** The centre's page: points with the hours of the day and its week (Riga), reception hours in force, contacts. */
export async function getPublicCentre(deps: Deps, id: string, date: string | undefined): Promise<PublicCentreOut> {
  const row = await findCentreRow(deps.db, id);
  if (!row || !PUBLIC_STATUSES.includes(row.status)) throw new NotFoundError();
  const now = deps.now();
  const today = rigaDate(now);
  const day = checkDate(date ?? today, '/date');
  const week = weekOf(day);
  // The week asked for, and today for "open now": exceptions of both are loaded.
  const window = { from: [week[0]!, today].sort()[0]!, to: [week[6]!, today].sort()[1]! };
  const [data] = await loadCentres(deps.db, [row], window);
  const [municipality] = await listOrganisations(deps.db, [row.municipality_id]);
  const calendar = (await calendarsOf(deps, [municipality!])).get(row.municipality_id)!;
  const points = data!.points.map((p) => ({
    data: p,
    today: publicDay(row, hoursOn(p, day, calendar)),
    week: week.map((d) => publicDay(row, hoursOn(p, d, calendar))),
  }));
  // A centre that had ceased by the day receives nobody: no reception hours either.
  const reception = ceasedOn(row, day)
    ? []
    : data!.reception.filter((r) => inForce(r, day)).sort((a, b) => lvCompare(a.institutionName, b.institutionName));
  const facts = {
    status: publicStatus(row, today),
    openNow: openNow(row, data!.points, calendar, now),
    municipality: municipality!,
    points: data!.points.map((p) => p.row),
  };
  // CR-7, CR-17.8: what is offered there on the day, the scope's published services (none once it has ceased).
  const services = ceasedOn(row, day)
    ? []
    : (await publishedServiceNames(deps.db, await scopeServiceIdsOn(deps.db, row.id, day))).sort((a, b) =>
        lvCompare(a.name, b.name),
      );
  return presentPublicCentre(row, facts, day, points, reception, services);
}
