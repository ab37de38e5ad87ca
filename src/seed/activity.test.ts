// The demo's two years of generated activity: deterministic, valid under the counter's rules, loaded once
// by a demo start, and enough for the dashboards (BV-4.4) and the indicators (SR-21.1 … SR-21.4, SR-22's checks) to
// show figures. Every date comes from the test's clock.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { login, type Session } from '../../test/support/http.ts';
import { emptyDatabaseUrl } from '../../test/support/context.ts';
import { loadConfig } from '../platform/config.ts';
import { startServer, type Running } from '../server.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { type PlanCentre, type PlanService, planActivity } from './activity-plan.ts';
import { activityRange, loadActivityDemo } from './activity.ts';

// The demo's accounts are granted from the day they are loaded by the system clock, so the demo start below keeps
// the clock it is started on (fixed for the whole file); the pure tests have their own days.
const NOW = new Date();
const TODAY = rigaDate(NOW);
const LAST_YEAR = Number(TODAY.slice(0, 4)) - 1;

// ── the plan, pure ──

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
const calendar = {
  isWorkingDay: (day: string) => weekdayOf(day) <= 5,
  dueAfterWorkingDays: (day: string, n: number) => {
    let d = day;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (weekdayOf(d) <= 5) left--;
    }
    return d;
  },
};
const service = (id: string, o: Partial<PlanService> = {}): PlanService => ({
  id,
  holderId: 'h-pmlp',
  basket: false,
  offered: ['in_person', 'electronic'],
  maxTerm: 5,
  ...o,
});
const centre = (id: string, kind: PlanCentre['kind'], o: Partial<PlanCentre> = {}): PlanCentre => ({
  id,
  kind,
  employeeId: `e-${id}`,
  points: [{ id: `p-${id}`, hoursOn: () => [{ opens: 8 * 60, closes: 17 * 60 }] }],
  services: [
    service('s-basket', { basket: true }),
    service('s-desk', { holderId: 'h-vid', offered: ['in_person'], maxTerm: null }),
    service('s-consult', { basket: true }),
  ],
  receptionDays: new Map([['h-pmlp', new Set([3])]]),
  consultOnly: new Set(['s-consult']),
  ...o,
});
const range = { firstDay: '2025-01-01', lastDay: '2025-12-31' };

test('the demo history is deterministic: the same centres and days give the same contacts', () => {
  const a = planActivity([centre('a', 'regional')], calendar, range);
  const b = planActivity([centre('a', 'regional')], calendar, range);
  assert.deepEqual(a, b);
  assert.notDeepEqual(planActivity([centre('a', 'regional')], calendar, range, 14).contacts, a.contacts);
});

test('CR-20.8 CR-20.9 DR-25.1.7.3 SR-17 every planned contact is one the counter would have accepted', () => {
  const plan = planActivity([centre('r', 'regional'), centre('c', 'county')], calendar, range);
  assert.ok(plan.contacts.length > 3_000, `${plan.contacts.length} contacts in a year at two centres`);
  const services = new Map(centre('x', 'county').services.map((s) => [s.id, s]));
  for (const c of plan.contacts) {
    assert.ok(weekdayOf(c.occurred_on) <= 5, 'on working days only');
    assert.ok(c.occurred_on >= range.firstDay && c.occurred_on <= range.lastDay);
    const named = c.service_ids.map((id) => services.get(id)!);
    if (['information', 'application_accepted', 'documents_handed_out'].includes(c.type))
      assert.ok(named.length > 0, `${c.type} names a service`);
    assert.deepEqual(c.institution_ids, [...new Set(named.map((s) => s.holderId))]);
    const restricted = c.type === 'application_accepted' || c.type === 'information';
    if (c.centre_id === 'r' && restricted && weekdayOf(c.occurred_on) === 3)
      assert.ok(!named.some((s) => s.basket), 'not while the institution receives at a regional centre');
    if (c.type === 'application_accepted') {
      assert.equal(c.outcome, 'application_forwarded');
      assert.ok(!c.service_ids.includes('s-consult'), 'the consult-only service is never applied for');
      if (c.channel !== 'in_person') assert.ok(named.every((s) => s.offered.includes('electronic')));
    }
    if (c.type === 'eservice_filed_on_behalf') assert.ok(named.every((s) => s.offered.includes('electronic')));
    const written = c.channel === 'email' || c.channel === 'e_address';
    assert.equal(c.due_on !== null, written, 'only written contacts have a due day');
    if (written) assert.ok(c.answered_at && c.answered_at > c.occurred_at, 'answered after it came');
  }
  const day = new Map(plan.contacts.map((c) => [c.id, c.occurred_on]));
  const late = plan.completions.filter((x) => x.completedOn > calendar.dueAfterWorkingDays(day.get(x.contactId)!, 5));
  assert.ok(late.length > 0 && late.length < plan.completions.length / 4, `SR-21.3 some late: ${late.length}`);
  assert.ok(plan.complaints.length > 0, 'SR-21.4 some complaints');
  const county = plan.contacts.filter((c) => c.centre_id === 'c').length;
  const regional = plan.contacts.filter((c) => c.centre_id === 'r').length;
  assert.ok(regional > county * 1.4, `a regional centre sees more clients (${regional}) than a county one (${county})`);
});

test('the history runs from the first of the month two years back to yesterday', () => {
  assert.deepEqual(activityRange('2026-11-20'), { firstDay: '2024-11-01', lastDay: '2026-11-19' });
  assert.deepEqual(activityRange('2027-01-01'), { firstDay: '2025-01-01', lastDay: '2026-12-31' });
});

// ── a demo start ──

const freshDatabaseUrl = (serverUrl: string) => emptyDatabaseUrl(serverUrl, 'vv_activity');

let server: Running;
let dataDir: string;
let dropDatabase: (() => Promise<void>) | undefined;
let ministry: Session;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vienuviet-activity-'));
  const database = process.env.TEST_DATABASE_URL ? await freshDatabaseUrl(process.env.TEST_DATABASE_URL) : undefined;
  dropDatabase = database?.drop;
  server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DEMO: 'true',
      RUN_JOBS: 'false',
      LOGIN_RATE_PER_MINUTE: '10000',
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
    }),
    { now: () => NOW },
  );
  const supervisor = server.demoLogins.find((d) => d.role === 'ministry_supervisor')!;
  ministry = await login(server.app, supervisor.email, supervisor.password);
});
after(async () => {
  await server?.stop();
  await dropDatabase?.();
  await rm(dataDir, { recursive: true, force: true });
});

test('a demo start holds two years of contacts up to yesterday, registered by the labelled history accounts, once', async () => {
  const db = server.database.db;
  const { rows } = await sql<{ n: number; first: string; last: string; employees: number }>`
    select count(*)::int as n, min(occurred_on)::text as first, max(occurred_on)::text as last,
      count(distinct employee_id)::int as employees from contacts`.execute(db);
  const summary = rows[0]!;
  assert.ok(summary.n > 20_000, `${summary.n} contacts`);
  const { firstDay, lastDay } = activityRange(TODAY);
  assert.ok(summary.first >= firstDay && summary.first <= addDays(firstDay, 4), summary.first);
  assert.ok(summary.last < TODAY && summary.last >= addDays(lastDay, -4), 'nothing today: today’s list starts empty');
  const accounts = await db
    .selectFrom('users')
    .select(['name', 'status', 'password_hash'])
    .where('email', 'like', 'vesture.%')
    .execute();
  assert.ok(accounts.length >= summary.employees);
  for (const a of accounts)
    assert.deepEqual([a.name, a.status, a.password_hash], ['Vēstures dati (demonstrācija)', 'disabled', null]);
  const demoUsers = server.demoLogins.map((d) => d.email);
  const byDemoUsers = await db
    .selectFrom('contacts')
    .innerJoin('users', 'users.id', 'contacts.employee_id')
    .select('contacts.id')
    .where('users.email', 'in', demoUsers)
    .limit(1)
    .execute();
  assert.equal(byDemoUsers.length, 0, 'the demo logins’ own lists start empty');
  const events = await db
    .selectFrom('audit_events')
    .select('after')
    .where('action', '=', 'seed.demo_activity')
    .execute();
  assert.equal(events.length, 1);
  const again = await loadActivityDemo({ db, config: loadConfig({ NODE_ENV: 'test' }), now: () => NOW });
  assert.equal(again, 0, 'a counter with contacts gets no more');
});

test('BV-4.4 the network’s dashboard shows the last twelve months and the twelve before them', async () => {
  const res = await ministry.request('GET', '/api/v1/dashboards?scope=network');
  assert.equal(res.status, 200, res.body);
  const { totals, previousTotals, series } = res.json;
  for (const t of [totals, previousTotals]) {
    assert.ok(t.contacts > 5_000, JSON.stringify(t));
    assert.ok(t.applications > 500 && t.eservicesFiled > 100 && t.complaints > 5 && t.delayed > 0, JSON.stringify(t));
  }
  assert.ok(series.length >= 12, `${series.length} months`);
  assert.ok(
    series.slice(0, -1).every((m: { contacts: number }) => m.contacts > 0),
    'every month has contacts (the current one may have begun today)',
  );
});

test('SR-21.1 SR-21.3 SR-21.4 SR-22 last year’s indicators: applications, e-services, delays and complaints, no error; I05 at one centre', async () => {
  const res = await ministry.request('GET', `/api/v1/indicators/figures?year=${LAST_YEAR}`);
  assert.equal(res.status, 200, res.body);
  const f = res.json;
  const sum = (k: string) => f.rows.reduce((n: number, r: Record<string, number>) => n + r[k]!, 0);
  assert.ok(sum('applications') > 1_000 && sum('complaints') > 10, `${sum('applications')} / ${sum('complaints')}`);
  assert.ok(f.rows.some((r: { sources: { eservices: number } }) => r.sources.eservices > 0));
  assert.ok(f.delayedCases.length > 50, `${f.delayedCases.length} delayed`);
  assert.ok(f.delayedCases.some((d: { completedOn: string | null }) => d.completedOn !== null));
  assert.deepEqual(
    f.findings.filter((x: { severity: string }) => x.severity === 'error'),
    [],
    'nothing blocks publishing',
  );
  const i05 = f.findings.filter((x: { code: string }) => x.code === 'I05');
  assert.equal(i05.length, 1, JSON.stringify(i05));
  assert.match(i05[0].message.lv, /VPVKAC \(demonstrācija\) reģistrēja kontaktus par šo minimālā groza pakalpojumu/);
});
