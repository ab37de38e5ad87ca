// SR-21 reads the contacts' rollups (migrations 0032 and 0040's triggers, in the writing transaction); so
// does a centre's month by type and channel. After a random load of registrations, edits, undos and answers sent concurrently through the real
// API, every figure read from the rollups equals the GROUP BY over the contacts it replaced. The network's view per
// centre and municipality, and a holder's years, through their routes; bad input named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { balviCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { contactMonthsSql } from '../contacts/lookups.ts';
import { figureRows, type Q } from './repository.ts';
import { networkRows, trendRows } from './network-repository.ts';

let ctx: TestContext;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let vid: string;
const staffEmails: string[] = [];
let ministryEmail: string;
let services: string[] = [];
const registered: { id: string; written: boolean }[] = [];

// A seeded generator (the same load every run; the interleaving is the engine's).
let seed = 20_261_123;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const TYPES = ['application_accepted', 'application_accepted', 'eservice_filed_on_behalf', 'information'] as const;
const SPOKEN = ['in_person', 'phone', 'video'] as const;
const WRITTEN = ['email', 'e_address'] as const;

function contactBody() {
  const written = next() < 0.3;
  const serviceIds = [...new Set([pick(services), ...(next() < 0.3 ? [pick(services)] : [])])];
  return {
    written,
    body: {
      centreId: balvi.centreId,
      servicePointId: balvi.pointId,
      type: pick(TYPES),
      channel: written ? pick(WRITTEN) : pick(SPOKEN),
      serviceIds,
      ...(written ? {} : { outcome: 'resolved_on_spot' }),
    },
  };
}

/** An edit, an undo or nothing, at random, of a contact registered earlier that day. */
async function change(employee: Session, c: { id: string; written: boolean }) {
  const r = next();
  const version = await currentVersion(ctx.db, 'contacts', c.id);
  if (r < 0.2) {
    const res = await employee.request('DELETE', `/api/v1/contacts/${c.id}`, undefined, version);
    assert.equal(res.status, 200, res.body);
    return;
  }
  if (r < 0.5) {
    const patch = next() < 0.5 ? { serviceIds: [pick(services)] } : { type: pick(TYPES) };
    const res = await employee.request('PATCH', `/api/v1/contacts/${c.id}`, patch, version);
    assert.equal(res.status, 200, res.body);
  }
  registered.push(c);
}

/**
 * A day's load, by two employees of the centre: batches of registrations, each sent together with the edits and
 * undos of the batch before (spoken and written, sharing the rollups' rows and the municipality's audit chain).
 */
async function dayOfLoad(at: string, count: number) {
  ctx.clock.set(at);
  const employees = [await login(ctx.app, staffEmails[0]!), await login(ctx.app, staffEmails[1]!)];
  let previous: { id: string; written: boolean; by: Session }[] = [];
  for (let batch = 0; batch <= count / 8; batch++) {
    const registrations = Array.from({ length: batch < count / 8 ? 8 : 0 }, async (_, i) => {
      const { written, body } = contactBody();
      const by = employees[i % 2]!;
      const res = await by.request('POST', '/api/v1/contacts', body);
      assert.equal(res.status, 201, res.body);
      return { id: res.json.id as string, written, by };
    });
    const changes = previous.map((c) => change(c.by, c));
    const [answers] = await Promise.all([Promise.all(registrations), Promise.all(changes)]);
    previous = answers;
  }
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2025-12-29T08:00:00Z');
  balvi = await balviCentre(ctx.db);
  vid = await organisationId(ctx.db, 'VID');
  const ur = await organisationId(ctx.db, 'UR');
  services = [
    (await buildService(ctx.db, { holderId: vid, name: 'Deklarāciju pieņemšana' })).id,
    (await buildService(ctx.db, { holderId: vid, name: 'Nodokļu maksātāja reģistrācija' })).id,
    (await buildService(ctx.db, { holderId: ur, name: 'Uzņēmuma reģistrācija' })).id,
  ];
  for (let i = 0; i < 2; i++)
    staffEmails.push(
      (await buildStaff(ctx.db, { municipalityId: balvi.municipalityId, centreId: balvi.centreId })).email,
    );
  ministryEmail = (await buildUser(ctx, { role: 'ministry_supervisor' })).email;
  await dayOfLoad('2025-12-29T08:00:00Z', 24);
  await dayOfLoad('2026-11-23T08:00:00Z', 40);
  // A week later the written ones are answered, some after their due day (DR-25.1.7.3), concurrently.
  ctx.clock.set('2026-11-30T09:00:00Z');
  const employee = await login(ctx.app, staffEmails[0]!);
  await Promise.all(
    registered
      .filter((c) => c.written && next() < 0.6)
      .map(async (c) => {
        const res = await employee.request('POST', `/api/v1/contacts/${c.id}/answer`, {});
        assert.ok([200, 409].includes(res.status), res.body); // 409: the 2025 ones answered in the first pass
      }),
  );
});
after(() => ctx.close());

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

/** Every centre's contacts (every type) per month, type and channel: from migration 0040's rollup, or grouped. */
async function centreMonths(q: Q, naive: boolean) {
  const rows = naive
    ? sql`select c.centre_id, to_char(c.occurred_on, 'YYYY-MM') as month, c.type, c.channel, count(*)::int as n
        from contacts c group by 1, 2, 3, 4`
    : sql`select m.centre_id, to_char(m.month, 'YYYY-MM') as month, m.type, m.channel, m.n
        from (${contactMonthsSql('2000-01-01', '2099-12-01', null)}) m`;
  return sorted((await rows.execute(q)).rows);
}

test("SR-21 the figures read from the rollups (and every centre's months by type and channel) equal the GROUP BY over the contacts after a concurrent random load of registrations, edits, undos and answers", async () => {
  const q = ctx.db;
  let applications = 0;
  for (const year of [2025, 2026])
    for (const holder of [null, vid]) {
      const fast = await figureRows(q, year, holder);
      assert.deepEqual(sorted(fast), sorted(await figureRows(q, year, holder, { naive: true })), `${year} ${holder}`);
      applications += fast.reduce((sum, r) => sum + r.at_centres + r.eservices, 0);
    }
  assert.ok(applications > 20, `a load worth comparing (${applications})`);
  for (const groupBy of ['centre', 'municipality'] as const)
    for (const year of [2025, 2026])
      assert.deepEqual(
        sorted(await networkRows(q, year, groupBy)),
        sorted(await networkRows(q, year, groupBy, { naive: true })),
      );
  assert.deepEqual(
    sorted(await trendRows(q, vid, 2017, 2026)),
    sorted(await trendRows(q, vid, 2017, 2026, { naive: true })),
  );
  const months = await centreMonths(q, false);
  assert.deepEqual(months, await centreMonths(q, true));
  assert.ok(
    months.some((m) => m.includes('"information"')),
    'every type counted, not only applications',
  );
});

test('SR-21 the rollups follow a bulk load in SQL in its transaction, and its rollback', async () => {
  const before = await figureRows(ctx.db, 2026, null);
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      // Every contact of 2026 once more, as a demo generator would insert them: one statement.
      await trx
        .insertInto('contacts')
        .columns([
          'id',
          'centre_id',
          'service_point_id',
          'employee_id',
          'occurred_at',
          'occurred_on',
          'channel',
          'type',
          'service_ids',
          'institution_ids',
          'outcome',
          'created_at',
          'updated_at',
        ])
        .expression((eb) =>
          eb
            .selectFrom('contacts')
            .select((s) => [
              s.fn('gen_random_uuid').as('id'),
              'centre_id',
              'service_point_id',
              'employee_id',
              'occurred_at',
              'occurred_on',
              'channel',
              'type',
              'service_ids',
              'institution_ids',
              'outcome',
              'created_at',
              'updated_at',
            ])
            .where('occurred_on', '>=', '2026-01-01')
            .where('due_on', 'is', null),
        )
        .execute();
      const fast = await figureRows(trx, 2026, null);
      assert.deepEqual(sorted(fast), sorted(await figureRows(trx, 2026, null, { naive: true })));
      assert.notDeepEqual(sorted(fast), sorted(before));
      assert.deepEqual(await centreMonths(trx, false), await centreMonths(trx, true));
      throw new Error('rolled back');
    })
    .catch((error: Error) => assert.equal(error.message, 'rolled back'));
  assert.deepEqual(sorted(await figureRows(ctx.db, 2026, null)), sorted(before), 'rolled back with the contacts');
});

test("SR-21 the ministry's view per centre and per municipality, a holder's years; bad input names the field", async () => {
  ctx.clock.set('2026-12-01T08:00:00Z');
  const ministry: Session = await login(ctx.app, ministryEmail);
  const byCentre = await ministry.request('GET', '/api/v1/indicators/network-figures?year=2026&groupBy=centre');
  assert.equal(byCentre.status, 200, byCentre.body);
  const naive = await networkRows(ctx.db, 2026, 'centre', { naive: true });
  assert.deepEqual(
    byCentre.json.items.map((r: { id: string; channel: string; applications: number }) => [
      r.id,
      r.channel,
      r.applications,
    ]),
    naive.map((r) => [r.id, r.channel, r.at_centres + r.eservices]),
  );
  assert.equal(byCentre.json.items[0].id, balvi.centreId);
  const byMunicipality = await ministry.request(
    'GET',
    '/api/v1/indicators/network-figures?year=2026&groupBy=municipality',
  );
  assert.equal(byMunicipality.status, 200, byMunicipality.body);
  assert.equal(byMunicipality.json.items[0].id, balvi.municipalityId);
  const bad = await ministry.request('GET', '/api/v1/indicators/network-figures?year=2026&groupBy=street');
  assert.deepEqual([bad.status, bad.json.errors?.[0]?.field], [400, '/groupBy']);
  const future = await ministry.request('GET', '/api/v1/indicators/network-figures?year=2027&groupBy=centre');
  assert.deepEqual([future.status, future.json.errors?.[0]?.field], [400, '/year']);

  const trend = await ministry.request('GET', `/api/v1/indicators/trend?holderId=${vid}&fromYear=2025&toYear=2026`);
  assert.equal(trend.status, 200, trend.body);
  assert.deepEqual(
    trend.json.items.map((r: { year: number; channel: string; applications: number }) => [
      r.year,
      r.channel,
      r.applications,
    ]),
    (await trendRows(ctx.db, vid, 2025, 2026, { naive: true })).map((r) => [
      r.year,
      r.channel,
      r.at_centres + r.eservices,
    ]),
  );
  const reversed = await ministry.request('GET', `/api/v1/indicators/trend?holderId=${vid}&fromYear=2026&toYear=2025`);
  assert.deepEqual([reversed.status, reversed.json.errors?.[0]?.field], [400, '/fromYear']);
});
