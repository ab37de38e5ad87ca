// The public centre finder (CR-17.8, CR-17.9, DR-20.1): no login. Only centres that serve clients are shown —
// operating ones, and those whose liquidation is decided until they close (with the closing day).
import type { Deps } from '../platform/deps.ts';
import type { CentreStatus } from '../platform/db/schema.ts';
import { calendarFor } from '../platform/calendar/service.ts';
import { NotFoundError } from '../platform/http/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { hoursOn, weekOf } from './hours.ts';
import { inForce } from './kind-rules.ts';
import { checkDate } from './input.ts';
import { loadCentres } from './load.ts';
import { listPointRows } from './points-repository.ts';
import { findCentreRow, listCentreRows } from './repository.ts';
import { presentPublicCentre, presentPublicSummary, type PublicCentreOut, type PublicCentreSummaryOut } from './public-presenters.ts';
import type { ListCentresIn } from './schemas.ts';

export const PUBLIC_STATUSES: readonly CentreStatus[] = ['operating', 'liquidation_decided'];

export async function listPublicCentres(deps: Deps, query: ListCentresIn): Promise<{ items: PublicCentreSummaryOut[]; municipalities: { id: string; name: string }[] }> {
  const text = query.q?.trim() || undefined;
  const rows = await listCentreRows(deps.db, { statuses: PUBLIC_STATUSES, municipalityId: query.municipalityId, kind: query.kind, text });
  const points = await listPointRows(deps.db, rows.map((r) => r.id));
  const items = rows
    .sort((a, b) => lvCompare(a.name, b.name))
    .map((row) => presentPublicSummary(row, points.filter((p) => p.centre_id === row.id).map((p) => p.address)));
  // The filter's choices: every municipality with a public centre, whatever the current filter.
  const all = await listCentreRows(deps.db, { statuses: PUBLIC_STATUSES });
  const municipalities = [...new Map(all.map((r) => [r.municipality_id, { id: r.municipality_id, name: r.municipality_name }])).values()];
  municipalities.sort((a, b) => lvCompare(a.name, b.name));
  return { items, municipalities };
}

/** The centre's page: points with the hours of the day and its week (Riga), reception hours in force, contacts. */
export async function getPublicCentre(deps: Deps, id: string, date: string | undefined): Promise<PublicCentreOut> {
  const row = await findCentreRow(deps.db, id);
  if (!row || !PUBLIC_STATUSES.includes(row.status)) throw new NotFoundError();
  const day = checkDate(date ?? rigaDate(deps.now()), '/date');
  const week = weekOf(day);
  const [data] = await loadCentres(deps.db, [row], { from: week[0]!, to: week[6]! });
  const municipality = (await findOrganisation(deps.db, row.municipality_id))!;
  // The municipality's calendar: one that opted out of Cabinet transfers keeps its ordinary weekdays.
  const calendar = await calendarFor(deps, row.municipality_id);
  const points = data!.points.map((p) => ({ data: p, today: hoursOn(p, day, calendar), week: week.map((d) => hoursOn(p, d, calendar)) }));
  const reception = data!.reception.filter((r) => inForce(r, day)).sort((a, b) => lvCompare(a.institutionName, b.institutionName));
  return presentPublicCentre(row, municipality, day, points, reception);
}
