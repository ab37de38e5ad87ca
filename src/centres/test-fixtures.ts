// Test helpers of the centres capability (not loaded by the app): a centre in any state, in one call.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CentreKind, CentreStatus } from './tables.ts';
import type { DB } from '../db.ts';
import { parseClock } from './clock.ts';
import * as points from './points-repository.ts';
import { putTestServicesInScope } from '../scope/test-fixtures.ts';

// What other capabilities' tests may read of centres beyond its public face (index.ts): the seed's tests.
export { loadCentres } from './load.ts';
export { listCentreRows } from './repository.ts';
export { evaluateCompliance } from './compliance.ts';

export interface BuildCentre {
  municipalityId?: string;
  name?: string;
  kind?: CentreKind;
  placeLevel?: CentreKind;
  status?: CentreStatus;
  /** Weekday hours of its one point, e.g. "08:00-17:00"; none: no point. */
  hours?: string;
}

/** A centre (in a new municipality unless one is given), with one point open Monday–Friday when `hours` is given. */
export async function buildCentre(db: Kysely<DB>, options: BuildCentre = {}) {
  const suffix = randomBytes(3).toString('hex');
  const municipalityId =
    options.municipalityId ??
    (
      await db
        .insertInto('organisations')
        .values({ kind: 'municipality', name: `Testa novads ${suffix}`, short_name: `Tests ${suffix}` })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const centre = await db
    .insertInto('centres')
    .values({
      municipality_id: municipalityId,
      name: options.name ?? `Testa centrs ${suffix}`,
      kind: options.kind ?? 'county',
      place_level: options.placeLevel ?? options.kind ?? 'county',
      status: options.status ?? 'operating',
      // A centre being liquidated carries its decision and deadline (a check constraint says so).
      ...(options.status === 'liquidation_decided'
        ? { liquidation_decided_on: '2026-05-28', liquidation_basis: 'Domes lēmums', closing_deadline: '2026-11-30' }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let pointId: string | null = null;
  if (options.hours) {
    const [opens = '08:00', closes = '17:00'] = options.hours.split('-');
    pointId = await points.insertPoint(
      db,
      centre.id,
      {
        name: `Punkts ${suffix}`,
        address: `Testa iela ${suffix}`,
        latitude: null,
        longitude: null,
        phone: null,
        email: null,
      },
      new Date(),
    );
    const interval = { opens: parseClock(opens), closes: parseClock(closes) };
    await points.replaceSchedules(db, pointId, [
      {
        label: null,
        validFrom: null,
        validUntil: null,
        days: { 1: [interval], 2: [interval], 3: [interval], 4: [interval], 5: [interval] },
      },
    ]);
  }
  // CR-7: the services the tests built are in its scope, so its counter may register them.
  await putTestServicesInScope(db, centre.id);
  return { centreId: centre.id, municipalityId, pointId };
}

/** The Balvi centre and its first point (reference data). */
export async function balviCentre(db: Kysely<DB>) {
  const centre = await db
    .selectFrom('centres')
    .select(['id', 'municipality_id'])
    .where('name', 'like', 'Balvu novada%')
    .executeTakeFirstOrThrow();
  const point = await db
    .selectFrom('service_points')
    .select('id')
    .where('centre_id', '=', centre.id)
    .where('address', 'like', 'Partizānu%')
    .executeTakeFirstOrThrow();
  return { centreId: centre.id, municipalityId: centre.municipality_id, pointId: point.id };
}
