// Institutions' officers at centres: notices with their notice periods on the municipality's calendar (CR-19.1 …
// CR-19.4), the centre's publication duty (DR-26.1.9), the counter's rule on real presence (CR-20.8, DR-26.1.11),
// the public JSON and iCalendar feed, conflicts and the month's compliance (CR-5.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ical, { type VEvent } from 'node-ical';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { insertReceptionVersion, parseClock } from '../centres/index.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { buildReception, buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { calendarFor } from '../organisations/lookups.ts';
import { addDays } from '../platform/time.ts';
import { checkNotice } from './notice-period.ts';

let ctx: TestContext;
let vid: string;
let vsaa: string;
let vsaaBasket: string;
let regional: Awaited<ReturnType<typeof buildCentre>>;
let coordinator: { email: string };
let head: { email: string };
let staff: { email: string };

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-17T08:00:00Z');
  vid = await organisationId(ctx.db, 'VID');
  vsaa = await organisationId(ctx.db, 'VSAA');
  vsaaBasket = (await buildService(ctx.db, { holderId: vsaa, name: 'Pensijas pieprasījums', basket: true })).id;
  regional = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  await buildReception(ctx.db, {
    centreId: regional.centreId,
    institutionId: vsaa,
    validFrom: '2026-11-01',
    hours: ['09:00-12:00', '13:00-16:00'],
  });
  coordinator = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VSAA' });
  head = await buildStaff(ctx.db, {
    role: 'centre_head',
    municipalityId: regional.municipalityId,
    centreId: regional.centreId,
  });
  staff = await buildStaff(ctx.db, { municipalityId: regional.municipalityId, centreId: regional.centreId });
});
after(() => ctx.close());

const noticeCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('presence_notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function as(email: string, now: string): Promise<Session> {
  ctx.clock.set(now);
  return login(ctx.app, email);
}

const officer = { position: 'Klientu apkalpošanas speciāliste', name: 'Marta', surname: 'Egle' };

test('CR-19.1 a notice sent on Tuesday 17.11.2026 for an officer starting on Monday 23.11.2026 is late: due 13.11, the holiday of 18.11 and the weekend not counted; flagged, not refused', async () => {
  const s = await as(coordinator.email, '2026-11-17T10:00:00Z');
  const res = await s.request('POST', `/api/v1/centres/${regional.centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'assignment',
    officer,
    from: '2026-11-23',
  });
  assert.equal(res.status, 201, res.body);
  const n = res.json;
  assert.equal(n.late, true);
  assert.equal(n.onBehalf, false);
  assert.equal(n.sentAt, '2026-11-17T10:00:00.000Z');
  assert.deepEqual([n.check.ruleId, n.check.due, n.check.needed, n.check.counted], ['CR-19.1', '2026-11-13', 5, 3]);
  const byDate = Object.fromEntries(
    n.check.days.map((d: { date: string; kind: string; counted: boolean }) => [d.date, d]),
  );
  assert.equal(byDate['2026-11-18'].kind, 'public_holiday');
  assert.equal(byDate['2026-11-18'].counted, false);
  assert.equal(byDate['2026-11-21'].kind, 'weekend');
  assert.equal(byDate['2026-11-22'].kind, 'weekend');
  assert.equal(byDate['2026-11-17'].counted, true, 'the sending day counts (the registry: on the due day is on time)');
});

test('CR-19.1 the last day of the notice period: sent on Friday 13.11.2026 for Monday 23.11.2026 is on time; a day later is late', async () => {
  const calendar = await calendarFor(ctx.deps, regional.municipalityId);
  const onDue = checkNotice(calendar, {
    kind: 'assignment',
    effectiveFrom: '2026-11-23',
    sentAt: new Date('2026-11-13T15:59:00Z'),
    exception: false,
  });
  assert.deepEqual([onDue.due, onDue.late, onDue.counted], ['2026-11-13', false, 5]);
  const weekendAfter = checkNotice(calendar, {
    kind: 'assignment',
    effectiveFrom: '2026-11-23',
    sentAt: new Date('2026-11-14T09:00:00Z'),
    exception: false,
  });
  assert.equal(weekendAfter.late, true, 'Saturday 14.11 is after the last day');
});

test('CR-19.2 a change of hours counts working Saturdays and skips the weekday given off for them; its exception (an absent officer who cannot be replaced) has no term', async () => {
  const calendar = await calendarFor(ctx.deps, regional.municipalityId);
  // The first Saturday made a working day by Cabinet order from 2025 on, and the day given off for it.
  let saturday = '2025-01-04';
  while (calendar.day(saturday).reason !== 'working_saturday') saturday = addDays(saturday, 7);
  const dayOff = calendar.day(saturday).pairedWith!;
  const [first, last] = saturday < dayOff ? [saturday, dayOff] : [dayOff, saturday];
  const check = checkNotice(calendar, {
    kind: 'hours_change',
    effectiveFrom: addDays(last, 3),
    sentAt: new Date(`${addDays(first, -1)}T08:00:00Z`),
    exception: false,
  });
  const day = (d: string) => check.days.find((x) => x.date === d)!;
  assert.deepEqual([day(saturday).kind, day(saturday).counted], ['working_saturday', true]);
  assert.deepEqual([day(dayOff).kind, day(dayOff).counted], ['transferred_day_off', false]);
  assert.equal(check.ruleId, 'CR-19.2');
  const exception = checkNotice(calendar, {
    kind: 'hours_change',
    effectiveFrom: '2026-11-19',
    sentAt: new Date('2026-11-17T08:00:00Z'),
    exception: true,
  });
  assert.deepEqual([exception.late, exception.exception, exception.due], [false, true, null]);
});

test('CR-19.1 CR-19.3 bad input is refused naming the field, nothing written; another institution’s notice is not the coordinator’s to send', async () => {
  const before = await noticeCount();
  const s = await as(coordinator.email, '2026-11-17T10:00:00Z');
  const url = `/api/v1/centres/${regional.centreId}/presence-notices`;
  const noOfficer = await s.request('POST', url, { institutionId: vsaa, kind: 'assignment', from: '2026-11-30' });
  assert.equal(noOfficer.status, 400, noOfficer.body);
  assert.equal(noOfficer.json.errors[0].field, '/officer');
  const absence = await s.request('POST', url, {
    institutionId: vsaa,
    kind: 'absence',
    from: '2026-11-20',
    until: '2026-11-19',
  });
  assert.equal(absence.status, 400);
  assert.deepEqual(absence.json.errors.map((e: { field: string }) => e.field).sort(), ['/reason', '/until']);
  const notMine = await s.request('POST', url, { institutionId: vid, kind: 'assignment', officer, from: '2026-11-30' });
  assert.equal(notMine.status, 400);
  assert.equal(notMine.json.errors[0].field, '/institutionId');
  const county = await buildCentre(ctx.db, { kind: 'county' });
  const wrongKind = await s.request('POST', `/api/v1/centres/${county.centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'assignment',
    officer,
    from: '2026-11-30',
  });
  assert.equal(wrongKind.status, 400);
  assert.equal(wrongKind.json.errors[0].field, '/centreId');
  assert.equal(await noticeCount(), before, 'nothing written');
});

test('CR-20.8 DR-26.1.11 CR-19.3 the counter refuses while VSAA receives; after an absence without a substitute it accepts; a substitution blocks again', async () => {
  const register = async (at: string) => {
    const s = await as(staff.email, at);
    return s.request('POST', '/api/v1/contacts', {
      centreId: regional.centreId,
      servicePointId: regional.pointId,
      type: 'application_accepted',
      serviceIds: [vsaaBasket],
    });
  };
  assert.equal((await register('2026-11-24T08:30:00Z')).status, 409, 'Tuesday 10:30 in Riga: VSAA receives');

  const c = await as(coordinator.email, '2026-11-24T08:35:00Z');
  const absence = await c.request('POST', `/api/v1/centres/${regional.centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'absence',
    officer,
    from: '2026-11-24',
    until: '2026-11-25',
    reason: 'Slimības lapa',
  });
  assert.equal(absence.status, 201, absence.body);
  assert.deepEqual(
    [absence.json.late, absence.json.check.ruleId, absence.json.needsPublication],
    [false, 'CR-19.3', true],
  );
  const accepted = await register('2026-11-24T08:40:00Z');
  assert.equal(accepted.status, 201, accepted.body);

  // DR-26.1.9: the duty is open, due in 2 working days, and the centre's publication fulfils it.
  const duty = await ctx.db
    .selectFrom('obligations')
    .select(['status', 'due_date'])
    .where('subject_id', '=', absence.json.id)
    .executeTakeFirstOrThrow();
  assert.deepEqual([duty.status, duty.due_date], ['open', '2026-11-26']);
  const h = await as(head.email, '2026-11-24T09:00:00Z');
  const published = await h.request('POST', `/api/v1/presence-notices/${absence.json.id}/publication`);
  assert.equal(published.status, 200, published.body);
  assert.equal(published.json.needsPublication, false);
  const done = await ctx.db
    .selectFrom('obligations')
    .select('status')
    .where('subject_id', '=', absence.json.id)
    .executeTakeFirstOrThrow();
  assert.notEqual(done.status, 'open');

  // CR-19.4: a substitute found for the second day receives, so the counter refuses again.
  const sub = await c.request('POST', `/api/v1/centres/${regional.centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'substitution',
    officer,
    substitute: { position: 'Vecākā speciāliste', name: 'Anna', surname: 'Liepa' },
    from: '2026-11-25',
    until: '2026-11-25',
  });
  assert.equal(sub.status, 201, sub.body);
  assert.equal((await register('2026-11-25T08:30:00Z')).status, 409);
});

test('CR-19.6 the public sees who receives: JSON per centre and institution, and an iCalendar feed a real parser reads back', async () => {
  ctx.clock.set('2026-11-24T06:00:00Z');
  const json = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/public/centres/${regional.centreId}/receiving?from=2026-11-24&days=2`,
  });
  assert.equal(json.statusCode, 200, json.body);
  const entries = json.json().entries;
  assert.deepEqual(
    entries.map((e: { date: string; status: string }) => [e.date, e.status]),
    [
      ['2026-11-24', 'absent'],
      ['2026-11-25', 'substituted'],
    ],
  );
  assert.equal(entries[1].substitute.surname, 'Liepa');
  const byInstitution = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/public/institutions/${vsaa}/receiving?from=2026-11-25&days=1`,
  });
  assert.equal(byInstitution.statusCode, 200);
  assert.ok(byInstitution.json().entries.some((e: { centreId: string }) => e.centreId === regional.centreId));

  const feed = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/public/centres/${regional.centreId}/receiving.ics?from=2026-11-24&days=2`,
  });
  assert.equal(feed.statusCode, 200);
  assert.match(String(feed.headers['content-type']), /^text\/calendar/);
  const events = Object.values(ical.sync.parseICS(feed.body)).filter((c) => c?.type === 'VEVENT') as VEvent[];
  assert.equal(events.length, 4, 'two intervals a day, two days');
  const first = events.find((e) => e.start.toISOString() === '2026-11-24T07:00:00.000Z')!;
  assert.equal(first.status, 'CANCELLED', 'the absence');
  const second = events.find((e) => e.start.toISOString() === '2026-11-25T11:00:00.000Z')!;
  assert.match(String(second.summary), /Anna Liepa/);
  assert.equal(second.end?.toISOString(), '2026-11-25T14:00:00.000Z');

  const bad = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/public/centres/${regional.centreId}/receiving?days=99`,
  });
  assert.equal(bad.statusCode, 400);
});

test('CR-5.3 the ministry sees a regional centre below its threshold in a month; conflicts show reception outside the opening hours', async () => {
  const ministry = await buildUser(ctx, { role: 'ministry_supervisor' });
  const s = await as(ministry.email, '2026-12-02T08:00:00Z');
  const res = await s.request('GET', '/api/v1/presence/compliance?month=2026-11');
  assert.equal(res.status, 200, res.body);
  const mine = res.json.centres.find((c: { centreId: string }) => c.centreId === regional.centreId);
  assert.deepEqual([mine.rule, mine.threshold, mine.below], ['CR-5.3', 3, true]);
  const bad = await s.request('GET', '/api/v1/presence/compliance?month=2026-13');
  assert.equal(bad.status, 400);

  await buildReception(ctx.db, {
    centreId: regional.centreId,
    institutionId: vid,
    validFrom: '2026-12-01',
    hours: ['16:00-18:00'],
  });
  const h = await as(head.email, '2026-12-02T08:00:00Z');
  const conflicts = await h.request(
    'GET',
    `/api/v1/centres/${regional.centreId}/presence-conflicts?from=2026-12-02&days=1`,
  );
  assert.equal(conflicts.status, 200, conflicts.body);
  assert.deepEqual(
    conflicts.json.map((c: { kind: string; hours: string }) => [c.kind, c.hours]),
    [['outside_opening_hours', '17:00–18:00']],
  );
});

test('CR-6.3 kind compliance on a day counts the presence recorded: an absence without a substitute in that week leaves a national centre with three institutions on all working days', async () => {
  const national = await buildCentre(ctx.db, { kind: 'national', placeLevel: 'national', hours: '08:00-17:00' });
  const shorts = ['VID', 'VSAA', 'NVA', 'PMLP'];
  for (const short of shorts)
    await buildReception(ctx.db, {
      centreId: national.centreId,
      institutionId: await organisationId(ctx.db, short),
      validFrom: '2026-11-01',
      hours: ['09:00-16:00'],
    });
  const ministry = await buildUser(ctx, { role: 'ministry_supervisor' });
  const institutionsCheck = async () => {
    const s = await as(ministry.email, '2026-12-02T08:00:00Z');
    const res = await s.request('GET', `/api/v1/centres/${national.centreId}/compliance?date=2026-12-08`);
    assert.equal(res.status, 200, res.body);
    return res.json.checks.find((c: { measure: string }) => c.measure === 'institutions');
  };
  assert.deepEqual([(await institutionsCheck()).actual, (await institutionsCheck()).passed], [4, true]);
  const nva = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'NVA' });
  const c = await as(nva.email, '2026-12-02T08:00:00Z');
  const absence = await c.request('POST', `/api/v1/centres/${national.centreId}/presence-notices`, {
    institutionId: await organisationId(ctx.db, 'NVA'),
    kind: 'absence',
    from: '2026-12-09',
    until: '2026-12-09',
    reason: 'Mācības, aizvietotāja nav',
  });
  assert.equal(absence.status, 201, absence.body);
  const after = await institutionsCheck();
  assert.deepEqual([after.actual, after.passed], [3, false]);
});

test('CR-5.3 the month’s compliance judges each week that touches the month whole: institutions receiving on Wednesdays count in the weeks split by the month’s ends; the week of the 18.11 holiday has none', async () => {
  const centre = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  const wednesday = { 3: [{ opens: parseClock('09:00'), closes: parseClock('12:00') }] };
  for (const short of ['VID', 'VSAA', 'NVA']) {
    const institutionId = await organisationId(ctx.db, short);
    await inTransaction(ctx.db, (trx) =>
      insertReceptionVersion(
        trx,
        { centreId: centre.centreId, institutionId, validFrom: '2026-10-01', days: wednesday, createdBy: null },
        ctx.clock.now(),
      ),
    );
  }
  const ministry = await buildUser(ctx, { role: 'ministry_supervisor' });
  const s = await as(ministry.email, '2026-12-02T08:00:00Z');
  const res = await s.request('GET', '/api/v1/presence/compliance?month=2026-11');
  assert.equal(res.status, 200, res.body);
  const mine = res.json.centres.find((c: { centreId: string }) => c.centreId === centre.centreId);
  assert.deepEqual(
    mine.weeks.map((w: { weekOf: string; workingDays: number; count: number }) => [w.weekOf, w.workingDays, w.count]),
    [
      ['2026-10-26', 5, 3],
      ['2026-11-02', 5, 3],
      ['2026-11-09', 5, 3],
      ['2026-11-16', 4, 0],
      ['2026-11-23', 5, 3],
      ['2026-11-30', 5, 3],
    ],
  );
  assert.equal(mine.below, true, 'the week of Proclamation Day');
});
