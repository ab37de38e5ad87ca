// CR-17.11, CR-20.17: the continuity check — every opening hour of every point against the staff's absences and
// substitutes, on the working-day calendar (closed on a public holiday, the day before one an hour shorter) — as the
// head sees it, on the ministry's overview and on the head's morning page; and the check's pure rules.
import { randomUUID } from 'node:crypto';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { buildObligation } from '../../test/support/obligations.ts';
import { buildReception } from '../contacts/test-fixtures.ts';
import { login, type Session } from '../../test/support/http.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { calendarFor } from '../organisations/index.ts';
import { continuity, type ContinuityPoint } from './continuity.ts';
import { member, staffWorld, type StaffWorld } from './test-fixtures.ts';

let ctx: TestContext;
let w: StaffWorld;
let supervisor: Session;
let anna: string;
let ben: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-16T08:00:00Z');
  w = await staffWorld(ctx);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  const add = async (name: string) => {
    const res = await w.head.request('POST', `/api/v1/centres/${w.centreId}/staff`, member(name));
    assert.equal(res.status, 201, res.body);
    return res.json.id as string;
  };
  anna = await add('Anna Ābele');
  ben = await add('Benedikts Bērziņš');
  // Both away on Tuesday 17.11 and on the holiday 18.11, each named as the other's substitute.
  for (const [who, sub, kind] of [
    [anna, ben, 'vacation'],
    [ben, anna, 'training'],
  ] as const) {
    const res = await w.head.request('POST', `/api/v1/centres/${w.centreId}/absences`, {
      memberId: who,
      kind,
      startsOn: '2026-11-17',
      endsOn: '2026-11-18',
      substituteId: sub,
    });
    assert.equal(res.status, 201, res.body);
    assert.deepEqual(res.json.flags.substituteAbsentOn, who === ben ? ['2026-11-17', '2026-11-18'] : []);
  }
});
after(() => ctx.close());

const week = '?from=2026-11-16&to=2026-11-20';

test('CR-17.11 a gap on the day all are absent (17.11.2026, an hour shorter before the holiday), none on the public holiday 18.11 when the centre is closed', async () => {
  const res = await w.head.request('GET', `/api/v1/centres/${w.centreId}/continuity${week}`);
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.staffListed, true);
  assert.deepEqual(
    res.json.gaps.map((g: { date: string }) => g.date),
    ['2026-11-17'],
  );
  const [gap] = res.json.gaps;
  assert.equal(gap.reason, 'all_absent');
  assert.deepEqual(gap.hours, ['08:00–16:00']);
  assert.equal(gap.minutes, 480);
  assert.equal(gap.servicePoint.id, w.pointId);
  assert.deepEqual(
    gap.absentees.map((a: { substituteAbsent: boolean }) => a.substituteAbsent),
    [true, true],
  );
  assert.equal(res.json.uncoveredHours, 8);
  // Mon 9 h + Tue 8 h (shortened) + Thu 9 h + Fri 9 h; Wednesday 18.11 closed.
  assert.equal(res.json.openHours, 35);
});

test('CR-17.11 a substitute at work closes the gap: naming one who is in on 17.11 leaves no gap', async () => {
  const carla = await w.head.request('POST', `/api/v1/centres/${w.centreId}/staff`, member('Carla Cīrule'));
  assert.equal(carla.status, 201);
  // Carla serves every point; she is at work, so the point is covered whatever the others' substitutes.
  const res = await w.head.request('GET', `/api/v1/centres/${w.centreId}/continuity${week}`);
  assert.deepEqual(res.json.gaps, []);
  const absent = await w.head.request('POST', `/api/v1/centres/${w.centreId}/absences`, {
    memberId: carla.json.id,
    kind: 'sick_leave',
    startsOn: '2026-11-17',
    endsOn: '2026-11-17',
  });
  assert.equal(absent.status, 201, absent.body);
  assert.equal(absent.json.flags.substituteMissing, true);
  const again = await w.head.request('GET', `/api/v1/centres/${w.centreId}/continuity${week}`);
  assert.deepEqual(
    again.json.gaps.map((g: { date: string }) => g.date),
    ['2026-11-17'],
  );
});

test('CR-17.11 CR-21.1 the ministry’s overview counts the centre with its uncovered hours; the head may not read it', async () => {
  const res = await supervisor.request('GET', `/api/v1/continuity/overview${week}`);
  assert.equal(res.status, 200, res.body);
  const item = res.json.items.find((i: { centreId: string }) => i.centreId === w.centreId);
  assert.ok(item, res.body);
  assert.equal(item.gapDays, 1);
  assert.equal(item.uncoveredHours, 8);
  assert.equal(item.firstGap, '2026-11-17');
  assert.ok(res.json.centresWithGaps >= 1);
  assert.ok(res.json.centresChecked >= 1);
  assert.equal((await w.head.request('GET', `/api/v1/continuity/overview${week}`)).status, 403);
});

test('CR-17.11 a period backwards or longer than 92 days is refused naming /to', async () => {
  const back = await w.head.request('GET', `/api/v1/centres/${w.centreId}/continuity?from=2026-11-20&to=2026-11-16`);
  assert.equal(back.status, 400);
  assert.equal(back.json.errors[0].field, '/to');
  const long = await w.head.request('GET', `/api/v1/centres/${w.centreId}/continuity?from=2026-11-01&to=2027-02-28`);
  assert.equal(long.status, 400);
  assert.equal(long.json.errors[0].code, 'staff_range_too_long');
});

test('BV-3 CR-17.11 the head’s morning on 17.11.2026: who is away and who substitutes, the gap today, contacts and duties', async () => {
  // VID receives Monday to Friday 09:00–12:00; a written contact awaits its answer due today and another one was due
  // yesterday; an e-mail's answer (DR-25.1.7.3) is overdue.
  await buildReception(ctx.db, {
    centreId: w.centreId,
    institutionId: await organisationId(ctx.db, 'VID'),
    validFrom: '2026-01-01',
    hours: ['09:00-12:00'],
  });
  for (const due of ['2026-11-17', '2026-11-16'])
    await ctx.db
      .insertInto('contacts')
      .values({
        id: randomUUID(),
        centre_id: w.centreId,
        service_point_id: w.pointId,
        employee_id: w.headUserId,
        channel: 'email',
        type: 'question',
        outcome: 'awaiting_reply',
        occurred_at: new Date('2026-11-11T09:00:00Z'),
        occurred_on: '2026-11-11',
        due_on: due,
        created_at: new Date('2026-11-11T09:00:00Z'),
        updated_at: new Date('2026-11-11T09:00:00Z'),
      })
      .execute();
  await buildObligation(ctx.deps, {
    ruleId: 'DR-25.1.7.3',
    organisation: 'Balvu novads',
    centreId: w.centreId,
    startDate: '2026-11-09',
  });
  ctx.clock.set('2026-11-17T06:30:00Z');
  // A new morning, a new session (yesterday's has idled out).
  const head = await login(ctx.app, w.headEmail);
  const res = await head.request('GET', `/api/v1/centres/${w.centreId}/morning`);
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.date, '2026-11-17');
  const annaToday = res.json.staff.find((s: { memberId: string }) => s.memberId === anna);
  assert.equal(annaToday.present, false);
  assert.equal(annaToday.absence, 'vacation');
  assert.equal(annaToday.substitute, 'Benedikts Bērziņš');
  assert.equal(annaToday.substituteAbsent, true);
  assert.equal(res.json.upcomingGaps[0].date, '2026-11-17');
  assert.deepEqual(res.json.contactsToday, []);
  assert.deepEqual(res.json.writtenContacts, { open: 2, dueToday: 1, overdue: 1 });
  assert.deepEqual(
    res.json.officers.map((o: { institutionName: string; hours: string[]; absent: boolean }) => [o.hours, o.absent]),
    [[['09:00–12:00'], false]],
  );
  assert.deepEqual(
    res.json.obligationsOverdue.map((o: { ruleId: string; count: number }) => [o.ruleId, o.count]),
    [['DR-25.1.7.3', 1]],
  );
  ctx.clock.set('2026-11-16T08:00:00Z');
});

// ── The pure rules ──

const point = (id: string): ContinuityPoint => {
  const day = [{ opens: 480, closes: 1020 }];
  return {
    id,
    name: id,
    hours: {
      schedules: [{ label: null, validFrom: null, validUntil: null, days: { 1: day, 2: day, 3: day, 4: day, 5: day } }],
      exceptions: [],
    },
  };
};
const person = (id: string, servicePointId: string | null = null) => ({
  id,
  name: id,
  servicePointId,
  employedFrom: '2020-01-01',
  employedUntil: null,
});

test('CR-17.11 a point nobody works at is a gap on each open day (no_staff); a person of another point does not cover it', async () => {
  const calendar: WorkingCalendar = await calendarFor(ctx.deps);
  const result = continuity({
    points: [point('a'), point('b')],
    members: [person('p1', 'a')],
    absences: [],
    calendar,
    from: '2026-11-19',
    to: '2026-11-22',
  });
  // Thu and Fri open at both points; the weekend closed.
  assert.equal(result.openDays, 4);
  assert.deepEqual(
    result.gaps.map((g) => `${g.date} ${g.pointId} ${g.reason}`),
    ['2026-11-19 b no_staff', '2026-11-20 b no_staff'],
  );
});

test('CR-17.11 an absent person whose substitute is in is covered; before employment starts nobody counts', async () => {
  const calendar = await calendarFor(ctx.deps);
  const members = [person('p1'), { ...person('p2'), employedFrom: '2026-11-20' }];
  const absences = [
    {
      id: 'x',
      memberId: 'p1',
      kind: 'vacation' as const,
      startsOn: '2026-11-19',
      endsOn: '2026-11-20',
      substituteId: 'p2',
    },
  ];
  const result = continuity({
    points: [point('a')],
    members,
    absences,
    calendar,
    from: '2026-11-19',
    to: '2026-11-20',
  });
  // 19.11: p2 is not employed yet, so p1's substitute is not there; 20.11: p2 substitutes.
  assert.deepEqual(
    result.gaps.map((g) => [g.date, g.absentees[0]?.substituteAbsent]),
    [['2026-11-19', true]],
  );
});
