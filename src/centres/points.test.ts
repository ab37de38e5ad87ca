// Service points, their weekly hours and exceptions, and institutions' reception hours through HTTP: scope,
// validation naming the field, audit events, versioning by date, and the compliance check that reads them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { balviCentre, buildCentre } from './test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balviHead: Session;
let balvi: Awaited<ReturnType<typeof balviCentre>>;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  balvi = await balviCentre(ctx.db);
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  balviHead = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
});
after(() => ctx.close());

const weekdays = (intervals: { opens: string; closes: string }[]) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, intervals }));

test('BV-1.8 BV-2.1 a point is added with its address, coordinates and functions; half a position is refused', async () => {
  const res = await balviAdmin.request('POST', `/api/v1/centres/${balvi.centreId}/points`, {
    name: 'Kubulu punkts',
    address: 'Skolas iela 1, Kubuli, Balvu novads, LV-4566',
    latitude: 57.1702,
    longitude: 27.1176,
    functions: ['documents_in_person', 'municipal_information', 'documents_in_person'],
  });
  assert.equal(res.status, 201, res.body);
  assert.deepEqual(
    res.json.functions.map((f: { code: string }) => f.code),
    ['documents_in_person', 'municipal_information'],
  );
  assert.equal(res.json.functions[0].nameEn, 'In-person service, accepting and handing out documents');
  assert.equal((await auditEvents(ctx.db, 'service_point.create', res.json.id)).length, 1);

  const half = await balviAdmin.request(
    'PATCH',
    `/api/v1/points/${res.json.id}`,
    { latitude: null },
    await currentVersion(ctx.db, 'service_points', res.json.id),
  );
  assert.deepEqual(
    [half.status, half.json.errors[0].field, half.json.errors[0].code],
    [400, '/latitude', 'coordinates_pair'],
  );
  const range = await balviAdmin.request(
    'PATCH',
    `/api/v1/points/${res.json.id}`,
    { latitude: 91, longitude: 27 },
    await currentVersion(ctx.db, 'service_points', res.json.id),
  );
  assert.deepEqual([range.status, range.json.errors[0].field], [400, '/latitude']);
  const unknown = await balviAdmin.request(
    'PATCH',
    `/api/v1/points/${res.json.id}`,
    { functions: ['teleportation'] },
    await currentVersion(ctx.db, 'service_points', res.json.id),
  );
  assert.deepEqual([unknown.status, unknown.json.errors[0].field], [400, '/functions/0']);
});

test('weekly hours with a seasonal variant replace the stored ones; the event has them before and after', async () => {
  const schedules = [
    {
      label: 'Darba laiks',
      days: weekdays([
        { opens: '08:00', closes: '12:00' },
        { opens: '12:30', closes: '17:00' },
      ]),
    },
    {
      label: 'Vasaras darba laiks',
      validFrom: '2027-06-01',
      validUntil: '2027-08-31',
      days: weekdays([{ opens: '09:00', closes: '15:00' }]),
    },
  ];
  const res = await balviHead.request(
    'PUT',
    `/api/v1/points/${balvi.pointId}/hours`,
    { schedules },
    await currentVersion(ctx.db, 'service_points', balvi.pointId),
  );
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.schedules.length, 2);
  assert.deepEqual(res.json.schedules[0].days[0], {
    weekday: 1,
    intervals: [
      { opens: '08:00', closes: '12:00' },
      { opens: '12:30', closes: '17:00' },
    ],
  });
  assert.deepEqual(res.json.schedules[0].days[5], { weekday: 6, intervals: [] });
  assert.equal(res.json.schedules[1].validFrom, '2027-06-01');
  const event = (await auditEvents(ctx.db, 'service_point.hours', balvi.pointId)).at(-1)!;
  assert.match(JSON.stringify(event.before), /Ilustratīvs/);
  assert.match(JSON.stringify(event.after), /Vasaras darba laiks/);
});

test('bad hours are refused naming the field: out of order, overlapping, a weekday twice, two defaults, dates reversed', async () => {
  const put = async (schedules: unknown[]) =>
    balviAdmin.request(
      'PUT',
      `/api/v1/points/${balvi.pointId}/hours`,
      { schedules },
      await currentVersion(ctx.db, 'service_points', balvi.pointId),
    );
  const fields = (res: { json: { errors: { field: string; code: string }[] } }) =>
    res.json.errors.map((e) => `${e.field} ${e.code}`);
  assert.deepEqual(fields(await put([{ days: [{ weekday: 1, intervals: [{ opens: '12:00', closes: '08:00' }] }] }])), [
    '/schedules/0/days/0/intervals/0/closes hours_order',
  ]);
  assert.deepEqual(
    fields(
      await put([
        {
          days: [
            {
              weekday: 1,
              intervals: [
                { opens: '08:00', closes: '12:00' },
                { opens: '11:00', closes: '13:00' },
              ],
            },
          ],
        },
      ]),
    ),
    ['/schedules/0/days/0/intervals/1/opens hours_overlap'],
  );
  assert.deepEqual(
    fields(
      await put([
        {
          days: [
            { weekday: 2, intervals: [] },
            { weekday: 2, intervals: [] },
          ],
        },
      ]),
    ),
    ['/schedules/0/days/1/weekday weekday_duplicate'],
  );
  assert.deepEqual(fields(await put([{ days: [] }, { days: [] }])), [
    '/schedules/1/validFrom schedule_default_duplicate',
  ]);
  assert.deepEqual(fields(await put([{ validFrom: '2027-08-31', validUntil: '2027-06-01', days: [] }])), [
    '/schedules/0/validUntil field_date_order',
  ]);
  const pattern = await put([{ days: [{ weekday: 1, intervals: [{ opens: '8:00', closes: '25:00' }] }] }]);
  assert.equal(pattern.status, 400);
  assert.equal(pattern.json.errors[0].field, '/schedules/0/days/0/intervals/0/opens');
});

test('exceptions: a closure over dates and special hours on a day, each audited; special hours need intervals', async () => {
  const closed = await balviAdmin.request('POST', `/api/v1/points/${balvi.pointId}/exceptions`, {
    startsOn: '2026-12-28',
    endsOn: '2026-12-30',
    closed: true,
    reason: 'Inventarizācija',
  });
  assert.equal(closed.status, 201, closed.body);
  const special = await balviAdmin.request('POST', `/api/v1/points/${balvi.pointId}/exceptions`, {
    startsOn: '2026-11-18',
    closed: false,
    intervals: [{ opens: '10:00', closes: '13:00' }],
    reason: 'Svētku pasākums',
  });
  assert.equal(special.status, 201, special.body);
  assert.equal(special.json.exceptions.length, 2);
  const id = special.json.exceptions.find((e: { reason: string }) => e.reason === 'Svētku pasākums').id;
  const missing = await balviAdmin.request('POST', `/api/v1/points/${balvi.pointId}/exceptions`, {
    startsOn: '2026-11-19',
    closed: false,
    reason: 'x',
  });
  assert.deepEqual([missing.status, missing.json.errors[0].code], [400, 'exception_hours_required']);
  const reversed = await balviAdmin.request('POST', `/api/v1/points/${balvi.pointId}/exceptions`, {
    startsOn: '2026-11-19',
    endsOn: '2026-11-18',
    closed: true,
    reason: 'x',
  });
  assert.deepEqual([reversed.status, reversed.json.errors[0].field], [400, '/endsOn']);
  const removed = await balviAdmin.request('DELETE', `/api/v1/points/${balvi.pointId}/exceptions/${id}`);
  assert.equal(removed.status, 200);
  assert.equal(removed.json.exceptions.length, 1);
  assert.equal((await auditEvents(ctx.db, 'service_point.exception_add', balvi.pointId)).length, 2);
  assert.equal((await auditEvents(ctx.db, 'service_point.exception_remove', balvi.pointId)).length, 1);
});

test('a point of another centre answers 404 to the Balvi head of centre and admin, and the maintainer may change it', async () => {
  const other = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const body = { schedules: [{ days: weekdays([{ opens: '09:00', closes: '17:00' }]) }] };
  assert.equal(
    (
      await balviHead.request(
        'PUT',
        `/api/v1/points/${other.pointId}/hours`,
        body,
        await currentVersion(ctx.db, 'service_points', other.pointId!),
      )
    ).status,
    404,
  );
  assert.equal(
    (
      await balviAdmin.request(
        'PATCH',
        `/api/v1/points/${other.pointId}`,
        { phone: '+371 60000000' },
        await currentVersion(ctx.db, 'service_points', other.pointId!),
      )
    ).status,
    404,
  );
  assert.equal(
    (await balviHead.request('POST', `/api/v1/centres/${other.centreId}/points`, { name: 'X', address: 'Y' })).status,
    404,
  );
  assert.equal(
    (
      await maintainer.request(
        'PUT',
        `/api/v1/points/${other.pointId}/hours`,
        body,
        await currentVersion(ctx.db, 'service_points', other.pointId!),
      )
    ).status,
    200,
  );
});

test('CR-2.1 CR-19.2 several institutions receive at one centre: reception hours are versioned by date: a new version ends the previous one the day before', async () => {
  const vid = await organisationId(ctx.db, 'VID');
  const first = await balviHead.request('POST', `/api/v1/centres/${balvi.centreId}/reception-hours`, {
    institutionId: vid,
    validFrom: '2026-01-05',
    days: [{ weekday: 2, intervals: [{ opens: '09:00', closes: '16:00' }] }],
  });
  assert.equal(first.status, 200, first.body);
  assert.equal(first.json.items.length, 1);
  assert.equal(first.json.items[0].inForce, true);
  const second = await balviHead.request('POST', `/api/v1/centres/${balvi.centreId}/reception-hours`, {
    institutionId: vid,
    validFrom: '2026-12-01',
    days: [{ weekday: 4, intervals: [{ opens: '10:00', closes: '14:00' }] }],
  });
  assert.equal(second.status, 200, second.body);
  assert.deepEqual(
    second.json.items.map((v: { validFrom: string; validUntil: string | null; inForce: boolean }) => [
      v.validFrom,
      v.validUntil,
      v.inForce,
    ]),
    [
      ['2026-12-01', null, false],
      ['2026-01-05', '2026-11-30', true],
    ],
  );
  const event = (await auditEvents(ctx.db, 'reception_hours.set', second.json.items[0].id))[0]!;
  assert.equal((event.before as unknown[]).length, 1);
  // A correction of the newest version replaces it.
  const corrected = await balviHead.request('POST', `/api/v1/centres/${balvi.centreId}/reception-hours`, {
    institutionId: vid,
    validFrom: '2026-12-01',
    days: [],
  });
  assert.equal(corrected.json.items.length, 2);
  assert.deepEqual(
    corrected.json.items[0].days.every((d: { intervals: unknown[] }) => d.intervals.length === 0),
    true,
  );
  const balviOrg = await organisationId(ctx.db, 'Balvu novads');
  const wrong = await balviHead.request('POST', `/api/v1/centres/${balvi.centreId}/reception-hours`, {
    institutionId: balviOrg,
    validFrom: '2026-12-01',
    days: [],
  });
  assert.deepEqual([wrong.status, wrong.json.errors[0].code], [400, 'reception_not_institution']);
});

test('CR-5.3 the compliance endpoint reads the stored hours and reception hours, explained in the caller language', async () => {
  const regional = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-16:00' });
  for (const [short, weekday] of [
    ['VID', 2],
    ['NVA', 3],
  ] as const) {
    const institutionId = await organisationId(ctx.db, short);
    const res = await maintainer.request('POST', `/api/v1/centres/${regional.centreId}/reception-hours`, {
      institutionId,
      validFrom: '2026-01-05',
      days: [{ weekday, intervals: [{ opens: '09:00', closes: '15:00' }] }],
    });
    assert.equal(res.status, 200, res.body);
  }
  const res = await maintainer.request(
    'GET',
    `/api/v1/centres/${regional.centreId}/compliance?date=2026-11-23`,
    undefined,
    { 'accept-language': 'en' },
  );
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.compliant, false);
  const check = res.json.checks.find((c: { rule: string }) => c.rule === 'CR-5.3');
  assert.deepEqual([check.passed, check.expected, check.actual], [false, 3, 2]);
  assert.match(check.explanation, /: only 2, but 3 are needed — NVA, VID\.$/);
  const hours = res.json.checks.find((c: { measure: string }) => c.measure === 'weekly_hours');
  assert.deepEqual([hours.rule, hours.passed, hours.actual], ['DR-26.1.2', true, 40]);
  const lv = await maintainer.request('GET', `/api/v1/centres/${regional.centreId}/compliance?date=2017-03-01`);
  assert.equal(lv.json.checks.find((c: { measure: string }) => c.measure === 'institutions').rule, 'DR-4.2.2');
  assert.match(
    lv.json.checks.find((c: { measure: string }) => c.measure === 'institutions').explanation,
    /pieņem klientus/,
  );
  assert.equal(
    (await maintainer.request('GET', `/api/v1/centres/${regional.centreId}/compliance?date=1989-12-31`)).status,
    400,
    "before the calendar's first year (1990)",
  );
});

test('BV-1.8 a point is in Latvia: coordinates outside the country’s box are 400 naming /latitude or /longitude and nothing is written; its extreme points are accepted', async () => {
  const point = (latitude: number, longitude: number) => ({
    name: 'Robežpunkts',
    address: 'Robežas iela 1',
    latitude,
    longitude,
  });
  const points = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('service_points')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const before = await points();
  const events = (await ctx.db.selectFrom('audit_events').select('id').execute()).length;
  const refused: [number, number, string][] = [
    [27.1176, 57.1702, '/latitude'], // swapped: "latitude 27" is in the Sahara
    [-57.1702, 27.1176, '/latitude'], // the sign dropped the other way: the South Atlantic
    [54.6872, 25.2797, '/latitude'], // Vilnius
    [59.437, 24.7536, '/latitude'], // Tallinn
    [57.1702, 18.0686, '/longitude'], // Gotland's longitude
    [56.9496, 30.3, '/longitude'], // east of Pasiene, in Russia
    [0, 0, '/latitude'],
  ];
  for (const [latitude, longitude, field] of refused) {
    const res = await balviAdmin.request(
      'POST',
      `/api/v1/centres/${balvi.centreId}/points`,
      point(latitude, longitude),
    );
    assert.equal(res.status, 400, `${latitude}, ${longitude}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string; code: string }) => e.field === field && e.code === 'field_range'),
      `${latitude}, ${longitude} names ${field}`,
    );
  }
  assert.equal(await points(), before, 'nothing written');
  assert.equal((await ctx.db.selectFrom('audit_events').select('id').execute()).length, events);

  // Latvia's extreme points (Latvian National Encyclopedia): north Ipiķi, south Demene, west Cape Bernāti, east Pasiene.
  for (const [latitude, longitude] of [
    [58.085137, 25.199204],
    [55.674971, 26.597214],
    [56.353934, 20.970154],
    [56.276911, 28.241043],
  ] as const) {
    const res = await balviAdmin.request(
      'POST',
      `/api/v1/centres/${balvi.centreId}/points`,
      point(latitude, longitude),
    );
    assert.equal(res.status, 201, `${latitude}, ${longitude}: ${res.body}`);
  }
  const created = await balviAdmin.request('POST', `/api/v1/centres/${balvi.centreId}/points`, point(56.9496, 24.1052));
  const moved = await balviAdmin.request('PATCH', `/api/v1/points/${created.json.id}`, {
    latitude: 56.9496,
    longitude: 14.1052,
  });
  assert.deepEqual([moved.status, moved.json.errors[0].field], [400, '/longitude'], 'a change is checked too');
});
