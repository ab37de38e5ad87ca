// CR-17.11, CR-20.17: the continuity check as the head sees it (the gaps of one centre, before they happen) and as
// the ministry sees it (CR-21.1: which centres have gaps, and how many opening hours are uncovered).
import type { Deps } from '../db.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { listCentresOf, loadPoints, type PointData } from '../centres/index.ts';
import { calendarFor } from '../organisations/index.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { continuity, type ContinuityResult } from './continuity.ts';
import { presentGap, type ContinuityOut, type OverviewOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { RangeIn } from './schemas.ts';
import { centreFor, rangeOf } from './scope.ts';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

interface Window {
  from: string;
  to: string;
}

/** The check for several centres in a fixed number of queries (plus one per municipality's calendar). */
async function check(
  deps: Deps,
  centres: readonly { id: string; municipality_id: string }[],
  range: Window,
): Promise<Map<string, ContinuityResult>> {
  const ids = centres.map((c) => c.id);
  const points = await loadPoints(deps.db, ids, range);
  const members = await repo.listMembers(deps.db, ids);
  const absences = await repo.listAbsences(deps.db, ids, range);
  const calendars = new Map<string, WorkingCalendar>();
  const results = new Map<string, ContinuityResult>();
  for (const centre of centres) {
    let calendar = calendars.get(centre.municipality_id);
    if (!calendar) {
      calendar = await calendarFor(deps, centre.municipality_id);
      calendars.set(centre.municipality_id, calendar);
    }
    const own = members.filter((m) => m.centre_id === centre.id);
    const ownIds = new Set(own.map((m) => m.id));
    results.set(
      centre.id,
      continuity({
        ...range,
        calendar,
        points: (points.get(centre.id) ?? []).map((p: PointData) => ({ id: p.row.id, name: p.row.name, hours: p })),
        members: own.map((m) => ({
          id: m.id,
          name: m.name,
          servicePointId: m.service_point_id,
          employedFrom: m.employed_from,
          employedUntil: m.employed_until,
        })),
        absences: absences
          .filter((a) => ownIds.has(a.staff_member_id))
          .map((a) => ({
            id: a.id,
            memberId: a.staff_member_id,
            kind: a.kind,
            startsOn: a.starts_on,
            endsOn: a.ends_on,
            substituteId: a.substitute_id,
          })),
      }),
    );
  }
  return results;
}

export async function centreContinuity(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  query: RangeIn,
): Promise<ContinuityOut> {
  const centre = await centreFor(deps, context.actor, centreId, false);
  const range = rangeOf(deps, query);
  const result = (await check(deps, [centre], range)).get(centre.id)!;
  const staffListed = (await repo.listMembers(deps.db, [centre.id])).length > 0;
  return {
    centreId: centre.id,
    ...range,
    staffListed,
    openHours: hours(result.openMinutes),
    uncoveredHours: hours(result.gaps.reduce((sum, g) => sum + g.minutes, 0)),
    gaps: result.gaps.map(presentGap),
  };
}

/** CR-21.1 on CR-17.11: the network's centres that keep a staff list, those with gaps first. */
export async function continuityOverview(deps: Deps, query: RangeIn): Promise<OverviewOut> {
  const range = rangeOf(deps, query);
  const staffed = new Set(await repo.centresWithStaff(deps.db));
  const centres = (await listCentresOf(deps.db)).filter((c) => c.status === 'operating' || staffed.has(c.id));
  const checked = centres.filter((c) => staffed.has(c.id));
  const results = await check(deps, checked, range);
  const items = checked
    .map((c) => {
      const gaps = results.get(c.id)?.gaps ?? [];
      return {
        centreId: c.id,
        centreName: c.name,
        municipalityId: c.municipality_id,
        gapDays: gaps.length,
        uncoveredHours: hours(gaps.reduce((sum, g) => sum + g.minutes, 0)),
        firstGap: gaps[0]?.date ?? null,
      };
    })
    .filter((i) => i.gapDays > 0)
    .sort((a, b) => b.uncoveredHours - a.uncoveredHours || a.centreName.localeCompare(b.centreName, 'lv'));
  return {
    ...range,
    centresChecked: checked.length,
    centresWithoutStaffList: centres.length - checked.length,
    centresWithGaps: items.length,
    uncoveredHours: hours(items.reduce((sum, i) => sum + i.uncoveredHours * 60, 0)),
    items,
  };
}
