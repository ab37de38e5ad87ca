// Loads the directory's shipped data: the reference centres' place, points, functions and (illustrative) hours
// (reference.json), and in demo mode the demo centres (demo-centres.json). Both steps are idempotent and fill only
// what is missing, so a database created before the directory migration gets the new rows on its next start and a
// database that already has them is left alone.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import {
  type CentreStatus,
  closingDeadline,
  findCentreNamed,
  findPointNamed,
  functionByCode,
  insertPoint,
  insertReceptionVersion,
  insertShippedCentre,
  type Interval,
  listFunctionRows,
  listScheduleRows,
  parseClock,
  replaceFunctions,
  replaceSchedules,
  type ScheduleValues,
  setCentrePlace,
  setPointPosition,
} from '../centres/index.ts';
import { insertShippedOrganisation, organisationIdsNamed } from '../organisations/index.ts';
import type { DB, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { loadFacts } from '../platform/calendar/service.ts';
import { referenceData, type DaysData, type DirectoryCentreData, type PointData } from './data.ts';

interface DemoCentreData extends DirectoryCentreData {
  status: CentreStatus;
  openedOn?: string;
  liquidationDecidedOn?: string;
  liquidationBasis?: string;
  email?: string;
  phone?: string;
  /** CR-17.5 … CR-17.7, invented like the rest. */
  facilities?: { ipTelephony: boolean; publicComputer: boolean; freeWifi: boolean };
  points: PointData[];
  reception: { institution: string; validFrom: string; days: DaysData }[];
}

interface DemoCentres {
  municipalities: { key: string; name: string; shortName: string }[];
  centres: DemoCentreData[];
}

export function demoCentres(): DemoCentres {
  return JSON.parse(readFileSync(new URL('./data/demo-centres.json', import.meta.url), 'utf8')) as DemoCentres;
}

function daysOf(data: DaysData): Partial<Record<number, Interval[]>> {
  return Object.fromEntries(
    Object.entries(data).map(([weekday, list]) => [
      Number(weekday),
      list.map(([opens, closes]) => ({ opens: parseClock(opens), closes: parseClock(closes) })),
    ]),
  );
}

function schedulesOf(p: PointData): ScheduleValues[] {
  const list = p.schedules ?? (p.hours ? [p.hours] : []);
  return list.map((s) => ({
    label: s.label,
    validFrom: s.validFrom ?? null,
    validUntil: s.validUntil ?? null,
    days: daysOf(s.days),
  }));
}

function checkFunctions(p: PointData): string[] {
  for (const code of p.functions ?? [])
    if (!functionByCode(code)) throw new Error(`Shipped data: ${p.name} offers an unknown function ${code}`);
  return p.functions ?? [];
}

/**
 * Inserts a point, or fills its functions and hours when it has none, and its place in the list (`position`, from
 * the data's order) when it has none; returns how many things it added.
 */
async function fillPoint(trx: Tx, centreId: string, p: PointData, position: number, now: Date): Promise<number> {
  let added = 0;
  let point = await findPointNamed(trx, centreId, p.name);
  if (!point) {
    const id = await insertPoint(
      trx,
      centreId,
      {
        name: p.name,
        address: p.address,
        latitude: p.latitude ?? null,
        longitude: p.longitude ?? null,
        phone: null,
        email: null,
      },
      now,
    );
    point = { id, position };
    added++;
  }
  if (point.position === 0) {
    await setPointPosition(trx, point.id, position);
    added++;
  }
  const functions = checkFunctions(p);
  if (functions.length > 0 && (await listFunctionRows(trx, [point.id])).length === 0) {
    await replaceFunctions(trx, point.id, functions);
    added++;
  }
  const schedules = schedulesOf(p);
  if (schedules.length > 0 && (await listScheduleRows(trx, [point.id])).length === 0) {
    await replaceSchedules(trx, point.id, schedules);
    added++;
  }
  return added;
}

/** Fills the reference centres' place, points, functions and hours where missing (every start; cheap when done). */
export async function loadDirectoryReference(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const data = referenceData();
  const names = new Map(data.organisations.map((o) => [o.key, o.name]));
  return inTransaction(db, async (trx) => {
    let added = 0;
    for (const c of data.centres as DirectoryCentreData[]) {
      const municipalityIds = await organisationIdsNamed(trx, names.get(c.municipality) ?? '');
      const centre = await findCentreNamed(trx, c.name, municipalityIds);
      if (!centre) continue;
      if (centre.place_level === null && c.placeLevel) {
        await setCentrePlace(trx, centre.id, { place_name: c.placeName ?? null, place_level: c.placeLevel });
        added++;
      }
      for (const [i, p] of (c.servicePoints ?? []).entries()) added += await fillPoint(trx, centre.id, p, i + 1, now);
    }
    if (added > 0) {
      await recordAudit(
        trx,
        { actor: systemActor('seed') },
        { action: 'seed.directory', entityType: 'centre', organisationId: null, after: { added } },
      );
    }
    return added;
  });
}

/** Demo mode: the demo municipalities and centres that are not there yet (by name). */
export async function loadDemoDirectory(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const demo = demoCentres();
  const reference = new Map(referenceData().organisations.map((o) => [o.key, o.name]));
  return inTransaction(db, async (trx) => {
    const orgId = async (name: string) => (await organisationIdsNamed(trx, name))[0];
    const municipalities = new Map<string, string>();
    for (const m of demo.municipalities) {
      const id =
        (await orgId(m.name)) ??
        (await insertShippedOrganisation(trx, { kind: 'municipality', name: m.name, short_name: m.shortName }));
      municipalities.set(m.key, id);
    }
    const calendar = new WorkingCalendar(await loadFacts(trx));
    let added = 0;
    for (const c of demo.centres) {
      if (await findCentreNamed(trx, c.name)) continue;
      const decided = c.liquidationDecidedOn ?? null;
      const centreId = await insertShippedCentre(trx, {
        municipality_id: municipalities.get(c.municipality)!,
        name: c.name,
        kind: c.kind,
        place_name: c.placeName ?? null,
        place_level: c.placeLevel ?? null,
        status: c.status,
        opened_on: c.openedOn ?? null,
        liquidation_decided_on: decided,
        liquidation_basis: c.liquidationBasis ?? null,
        // DR-12.3, as the lifecycle computes it.
        closing_deadline: decided ? closingDeadline(calendar, decided) : null,
        email: c.email ?? null,
        phone: c.phone ?? null,
        ip_telephony: c.facilities?.ipTelephony ?? null,
        public_computer: c.facilities?.publicComputer ?? null,
        free_wifi: c.facilities?.freeWifi ?? null,
      });
      for (const [i, p] of c.points.entries()) await fillPoint(trx, centreId, p, i + 1, now);
      for (const r of c.reception) {
        const institutionId = await orgId(reference.get(r.institution) ?? '');
        if (!institutionId) throw new Error(`Demo data: unknown institution ${r.institution}`);
        await insertReceptionVersion(
          trx,
          { centreId, institutionId, validFrom: r.validFrom, days: daysOf(r.days), createdBy: null },
          now,
        );
      }
      added++;
    }
    if (added > 0)
      await recordAudit(
        trx,
        { actor: systemActor('seed') },
        { action: 'seed.demo_centres', entityType: 'centre', organisationId: null, after: { centres: added } },
      );
    return added;
  });
}
