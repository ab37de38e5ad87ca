// `npm run bench:contacts` (the counter's load on one server): registering contacts at the counter over HTTP on
// PostgreSQL, against a baseline that inserts the same rows straight through `pg` — directly, and through PgBouncer.
//  - A fresh database on the server of DATABASE_URL (default: the local postgres:postgres@127.0.0.1:5432), dropped
//    afterwards: 4 centres (one regional and one national, where CR-20.8 / CR-20.9 is checked), 8 employees at each,
//    the shipped basket services and 14 others. The 32 employees log in once over HTTP (session cookie + CSRF token);
//    their sessions live in the database, so every server started below accepts them.
//  - Statements: the real server as a child process talking to PostgreSQL through a counting proxy
//    (pg-message-counter.ts), 32 clients for COUNT_SECONDS: SQL statements and round trips per registration, and the
//    calls of each statement text per registration (pg_stat_statements' "calls", without preloading it).
//  - Then, twice — directly (DATABASE_PREPARED=on) and through PGBOUNCER_URL (transaction pooling, the server with
//    DATABASE_PREPARED=off; skipped without PGBOUNCER_URL) — each pair run back to back so that their ratio shares
//    the machine's load:
//      ours: the server (`node --import tsx src/main.ts start`, NODE_ENV=production: JSON logs at info level to a
//        file, jobs running), 32 concurrent clients, each sending its next registration as soon as the previous one
//        is answered, for BENCH_SECONDS after a warm-up (mixed types and channels, a tenth written with a DR-25.1.7.3
//        obligation, a client's code on some; an Idempotency-Key on each). Every answer must be 201.
//      baseline: 32 concurrent workers over a pool of 32 connections, each row in its own transaction (BEGIN, INSERT
//        INTO contacts, COMMIT): the rows the server stored, with new ids; no checks, no key, no audit, no obligation.
// Prints, side by side: throughput, p50 and p99 of both, the ratio ours / baseline, the server's database sessions
// busy and waiting for a lock (pg_stat_activity every 20 ms: a queue on one row), CPU per registration (server,
// PostgreSQL, PgBouncer, load generator), the CPU cores ratio 0.5 would take at that cost, the floor of the HTTP
// stack (GET /api/health by the same clients, no database; directly only) and the load average around each run.
// On a machine shared with other work, CPU per request swings by a third from run to run: repeat, and compare the
// ratios of one run. BENCH_PROFILE=1 writes CPU profiles of the servers (node --cpu-prof) to the folder it prints
// (wall-clock samples: on a busy machine a write to a socket looks dear because the process waits there for a CPU;
// `perf record -e cpu-clock` shows the time on CPU); BENCH_SERVER_ENV adds settings to the servers' environment.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { verifyChain } from '../src/platform/audit/verify.ts';
import {
  counterFixture,
  freePort,
  HttpClient,
  loginOverHttp,
  postRegistration,
  registration,
  serverAuditKeys,
  serverDatabase,
  startServerProcess,
  type CounterFixture,
  type Registration,
  type Session,
} from '../test/crash/counter-load.ts';
import { seededRandom } from './seeded-random.ts';
import { closedLoop, cpuNow, cpuSince, load, percentile, perSecond, type Cpu, type Run } from './bench-measure.ts';
import { countingProxy, type CountingProxy } from './pg-message-counter.ts';

const SERVER = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const BOUNCER = process.env.PGBOUNCER_URL;
const CLIENTS = 32;
const CENTRES = 4;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const COUNT_MS = Number(process.env.COUNT_SECONDS ?? 3) * 1000;
const WARM_UP_MS = 3000;
const FLOOR_MS = 5000;
const PROFILE = process.env.BENCH_PROFILE === '1';
/** More environment for the servers, as JSON (e.g. '{"LOG_LEVEL":"warn"}'), to measure a setting's cost. */
const SERVER_ENV = JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}') as Record<string, string>;
const out = (line = '') => process.stdout.write(`${line}\n`);

interface Stored {
  registration: Registration;
  session: Session;
  response: {
    id: string;
    dueOn: string | null;
    occurredAt: string;
    occurredOn: string;
    institutions: { id: string }[];
  };
}

interface Ours {
  run: Run;
  cpu: Cpu;
  /** The HTTP stack alone (GET /api/health, no database) on the same server and clients, when asked for. */
  floor?: { run: Run; cpu: Cpu } | undefined;
  loadBefore: string;
  loadAfter: string;
  failures: Map<string, number>;
  stored: Stored[];
  logLines: number;
  logBytes: number;
  /** The server's database sessions while it ran: how many were busy, and waiting for a lock (by what they waited on). */
  sessions?: Sessions | undefined;
}

interface Baseline {
  run: Run;
  cpu: Cpu;
  loadAfter: string;
}

/** A database URL with the bench database's name, on the host of `base`. */
function on(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

// ── Setup ──

out(
  `Contacts at the counter: ${CLIENTS} concurrent clients, ${DURATION_MS / 1000} s after ${WARM_UP_MS / 1000} s of warm-up, PostgreSQL (${new URL(SERVER).host})${BOUNCER ? ` directly and through PgBouncer (${new URL(BOUNCER).host})` : ''}`,
);
out(
  `   machine: ${cpus().length} CPUs (shared by the load generator, the server and PostgreSQL), load average ${load()} (1 / 5 / 15 min)`,
);
const database = await serverDatabase(SERVER, 'vv_bench');
const dbName = new URL(database.url).pathname.slice(1);
const work = mkdtempSync(join(tmpdir(), 'vv-bench-contacts-'));
const stopping: (() => Promise<unknown>)[] = [];
let failed = false;
try {
  const fixture = await counterFixture(database.db, { centres: CENTRES, perCentre: CLIENTS / CENTRES });
  const sessions = await logins(fixture);
  const generators = sessions.map((_, i) => seededRandom(20_261_123 + i));

  /** The server on `databaseUrl`, 32 clients registering for `ms` after the warm-up. */
  const ours = async (
    label: string,
    o: {
      databaseUrl: string;
      env?: Record<string, string>;
      ms: number;
      profile: boolean;
      hooks?: { start(): void; end(): void };
      floor?: boolean;
      /** Samples pg_stat_activity during the run (a connection of its own, straight to the server). */
      sample?: boolean;
    },
  ): Promise<Ours> => {
    const logFile = join(work, `server-${label}.log`);
    const server = await startServerProcess({
      databaseUrl: o.databaseUrl,
      port: await freePort(),
      logFile,
      env: { ...SERVER_ENV, ...o.env },
      nodeArgs: o.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(work, label)}`] : [],
    });
    stopping.push(server.stop);
    const client = new HttpClient(server.base, CLIENTS);
    const stored: Stored[] = [];
    const failures = new Map<string, number>();
    const register = async (worker: number, keep: boolean) => {
      const session = sessions[worker]!;
      const r = registration(generators[worker]!, session, fixture);
      const res = await postRegistration(client, session, r);
      if (res.status !== 201) {
        const key = `${res.status} ${res.body.slice(0, 160)}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
        return;
      }
      if (keep) stored.push({ registration: r, session, response: JSON.parse(res.body) });
    };
    await closedLoop(CLIENTS, WARM_UP_MS, (w) => register(w, false));
    const loadBefore = load();
    const cpuBefore = cpuNow(server.child.pid, dbName);
    o.hooks?.start();
    const sampler = o.sample ? await sessionSampler(database.url, dbName) : undefined;
    const run = await closedLoop(CLIENTS, o.ms, (w) => register(w, true));
    const activity = await sampler?.end();
    o.hooks?.end();
    const cpu = cpuSince(cpuBefore, cpuNow(server.child.pid, dbName));
    const loadAfter = load();
    let floor: Ours['floor'];
    if (o.floor) {
      const health = async () => void (await client.request('GET', '/api/health'));
      const floorBefore = cpuNow(server.child.pid, dbName);
      floor = {
        run: await closedLoop(CLIENTS, FLOOR_MS, health),
        cpu: cpuSince(floorBefore, cpuNow(server.child.pid, dbName)),
      };
    }
    client.close();
    await server.stop();
    const log = readFileSync(logFile, 'utf8');
    return {
      run,
      cpu,
      floor,
      loadBefore,
      loadAfter,
      failures,
      stored,
      logLines: log.split('\n').length - 1,
      logBytes: statSync(logFile).size,
      sessions: activity,
    };
  };

  // ── SQL statements per registration, through the counting proxy ──

  const proxy = await countingProxy(database.url);
  stopping.push(proxy.close);
  const counter = statementCounter(proxy);
  const counted = counter.result(
    (await ours('count', { databaseUrl: proxy.url, ms: COUNT_MS, profile: false, hooks: counter.hooks })).run.count,
  );
  await proxy.close();

  // ── Directly, then through PgBouncer: ours, then the baseline right after it ──

  const direct = await ours('direct', {
    databaseUrl: database.url,
    ms: DURATION_MS,
    profile: PROFILE,
    floor: true,
    sample: true,
  });
  const directBaseline = await baseline(database.url, direct.stored);
  await rollupsCost((label) => ours(label, { databaseUrl: database.url, ms: DURATION_MS, profile: false }));
  let bounced: { ours: Ours; baseline: Baseline } | undefined;
  if (BOUNCER) {
    const url = on(BOUNCER, dbName);
    const o = await ours('pgbouncer', {
      databaseUrl: url,
      env: { DATABASE_PREPARED: 'off' },
      ms: DURATION_MS,
      profile: PROFILE,
      sample: true,
    });
    bounced = { ours: o, baseline: await baseline(url, o.stored) };
  }

  // ── Report ──

  const chain = await verifyChain(database.db, { keyring: serverAuditKeys });
  failed = report(counted, { ours: direct, baseline: directBaseline }, bounced, chain);
  if (PROFILE) out(`   CPU profiles of the servers and their logs: ${work}`);
} finally {
  for (const stop of stopping.reverse()) await stop().catch(() => undefined);
  await database.drop();
  // The servers' logs are kept when something failed, and with the profiles.
  if (failed) process.exitCode = 1;
  else if (!PROFILE) rmSync(work, { recursive: true, force: true });
}

/**
 * what the contacts' rollups (migration 0032's triggers, in the registration's transaction) cost the
 * counter — the throughput with them and without them (`alter table … disable trigger` on this scratch database),
 * back to back so that both share the machine's load. The aim: at most 10 % lost.
 */
async function rollupsCost(run: (label: string) => Promise<Ours>): Promise<void> {
  const triggers = ['contact_rollups_insert', 'contact_rollups_update', 'contact_rollups_delete'];
  const set = (how: 'enable' | 'disable') =>
    sql.raw(`alter table contacts ${triggers.map((t) => `${how} trigger ${t}`).join(', ')}`).execute(database.db);
  const on = await run('rollups-on');
  await set('disable');
  const off = await run('rollups-off').finally(() => set('enable'));
  const [a, b] = [perSecond(on.run), perSecond(off.run)];
  out(
    `rollups: ${a.toFixed(0)} /s with the triggers, ${b.toFixed(0)} /s without; ` +
      `${(100 * (1 - a / b)).toFixed(1)} % lost (aim ≤ 10 %); load ${on.loadBefore} → ${off.loadAfter}`,
  );
}

async function logins(fixture: CounterFixture): Promise<Session[]> {
  const logFile = join(work, 'server-login.log');
  const server = await startServerProcess({ databaseUrl: database.url, port: await freePort(), logFile });
  stopping.push(server.stop);
  const client = new HttpClient(server.base, CLIENTS);
  const sessions: Session[] = [];
  for (const employee of fixture.employees) sessions.push(await loginOverHttp(client, employee));
  client.close();
  await server.stop();
  return sessions;
}

interface Counted {
  registrations: number;
  statements: number;
  roundTrips: number;
  byText: [string, number][];
}

/** Between the start and the end of the measured run (after the warm-up, before the server stops): what the proxy counted. */
function statementCounter(proxy: CountingProxy) {
  const snapshot = () => ({
    statements: proxy.counts.statements,
    roundTrips: proxy.counts.roundTrips,
    byText: new Map(proxy.counts.byText),
  });
  let start = snapshot();
  let end = start;
  return {
    hooks: {
      start: () => {
        start = snapshot();
      },
      end: () => {
        end = snapshot();
      },
    },
    result: (registrations: number): Counted => {
      const byText = [...end.byText]
        .map(([text, n]) => [text, n - (start.byText.get(text) ?? 0)] as [string, number])
        .filter(([, n]) => n > 0);
      byText.sort((a, b) => b[1] - a[1]);
      return {
        registrations,
        statements: end.statements - start.statements,
        roundTrips: end.roundTrips - start.roundTrips,
        byText,
      };
    },
  };
}

interface Sessions {
  /** Mean number of the server's sessions running a statement (its pool holds 10). */
  active: number;
  /**
   * Mean number of them waiting for a lock, by its kind: transactionid is a row another transaction wrote (a unique
   * key's check waits for the writer's end without naming the table: the head, a rollup's row, an idempotency key).
   */
  locks: Map<string, number>;
}

/**
 * Every 20 ms, what the sessions on the bench's database are doing (pg_stat_activity): a queue for one row — the
 * audit chain's head, held from its claim to the commit, or a rollup's row — shows as sessions waiting for a lock.
 */
async function sessionSampler(url: string, name: string): Promise<{ end(): Promise<Sessions> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let samples = 0;
  let active = 0;
  const locks = new Map<string, number>();
  let pending: Promise<unknown> = Promise.resolve();
  const sample = async () => {
    const { rows } = await client.query<{ type: string | null; event: string | null; n: number }>(
      `select wait_event_type as type, wait_event as event, count(*)::int as n from pg_stat_activity
        where datname = $1 and backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()
        group by 1, 2`,
      [name],
    );
    samples++;
    for (const r of rows) {
      active += r.n;
      if (r.type === 'Lock') locks.set(r.event ?? '?', (locks.get(r.event ?? '?') ?? 0) + r.n);
    }
  };
  const timer = setInterval(() => {
    pending = pending.then(sample).catch(() => undefined);
  }, 20);
  return {
    end: async () => {
      clearInterval(timer);
      await pending;
      await client.end();
      const n = Math.max(samples, 1);
      return { active: active / n, locks: new Map([...locks].map(([k, v]) => [k, v / n])) };
    },
  };
}

/** The same rows straight through `pg`, one transaction each, over a pool of 32 connections to `url`. */
async function baseline(url: string, stored: readonly Stored[]): Promise<Baseline> {
  if (stored.length === 0) throw new Error(`no registration succeeded (server logs: ${work})`);
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  await Promise.all(Array.from({ length: CLIENTS }, async () => (await pool.connect()).release()));
  let nextRow = 0;
  const insertOne = async () => {
    const s = stored[nextRow++ % stored.length]!;
    const b = s.registration.body as {
      channel?: string;
      type: string;
      serviceIds?: string[];
      outcome?: string;
      client?: { personalCode?: string; regNo?: string };
      note?: string;
    };
    const c = s.response;
    const connection = await pool.connect();
    try {
      await connection.query('begin');
      await connection.query(
        `insert into contacts (id, centre_id, service_point_id, employee_id, occurred_at, occurred_on, channel, type, service_ids, institution_ids,
           outcome, client_kind, client_code, note, due_on, answered_at, answered_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, null, null, $16, $16)`,
        [
          randomUUID(),
          s.session.employee.centreId,
          s.session.employee.pointId,
          s.session.employee.id,
          c.occurredAt,
          c.occurredOn,
          b.channel ?? 'in_person',
          b.type,
          b.serviceIds ?? [],
          c.institutions.map((i) => i.id),
          b.outcome ?? (b.channel === 'email' || b.channel === 'e_address' ? 'awaiting_reply' : 'resolved_on_spot'),
          b.client ? (b.client.personalCode ? 'natural_person' : 'legal_person') : null,
          b.client ? (b.client.personalCode ?? b.client.regNo)!.replace('-', '') : null,
          b.note ?? null,
          c.dueOn,
          new Date(),
        ],
      );
      await connection.query('commit');
    } finally {
      connection.release();
    }
  };
  try {
    await closedLoop(CLIENTS, Math.min(WARM_UP_MS, 1000), insertOne);
    const before = cpuNow(undefined, dbName);
    const run = await closedLoop(CLIENTS, DURATION_MS, insertOne);
    return { run, cpu: cpuSince(before, cpuNow(undefined, dbName)), loadAfter: load() };
  } finally {
    await pool.end();
  }
}

/** Prints the figures; true when something failed (a non-201 answer, a broken audit chain). */
function report(
  counted: Counted,
  direct: { ours: Ours; baseline: Baseline },
  bounced: { ours: Ours; baseline: Baseline } | undefined,
  chain: { ok: boolean; checked: number },
): boolean {
  const per = (n: number) => (n / counted.registrations).toFixed(2);
  out(
    `   SQL per registration (${counted.registrations} registrations through a counting proxy, ${COUNT_MS / 1000} s; jobs' few polls included): ${per(counted.statements)} statements, ${per(counted.roundTrips)} round trips`,
  );
  for (const [text, n] of counted.byText.filter(([, n]) => n / counted.registrations >= 0.01))
    out(`     ${per(n).padStart(6)} × ${text.replace(/^\/\* prepared \*\/ ?/, '').slice(0, 110)}`);
  const columns = [
    { label: 'directly (prepared statements)', ...direct },
    ...(bounced ? [{ label: 'through PgBouncer (prepared off)', ...bounced }] : []),
  ];
  const row = (label: string, cell: (c: (typeof columns)[number]) => string) =>
    out(`   ${label.padEnd(46)}${columns.map((c) => cell(c).padStart(34)).join('')}`);
  const ms = (seconds: number, r: Run) => `${((seconds * 1000) / r.count).toFixed(2)} ms`;
  const latency = (r: Run) =>
    `p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p99 ${percentile(r.latencies, 99).toFixed(1)} ms`;
  out();
  row('', (c) => c.label);
  row('ours: POST /api/v1/contacts over HTTP', (c) => `${perSecond(c.ours.run).toFixed(0)} /s (${c.ours.run.count})`);
  row('   latency', (c) => latency(c.ours.run));
  row(
    'baseline: BEGIN; INSERT INTO contacts; COMMIT',
    (c) => `${perSecond(c.baseline.run).toFixed(0)} /s (${c.baseline.run.count})`,
  );
  row('   latency', (c) => latency(c.baseline.run));
  row('ratio ours / baseline (aim ≥ 0.5)', (c) => (perSecond(c.ours.run) / perSecond(c.baseline.run)).toFixed(2));
  row('ours p99 (aim ≤ 50 ms)', (c) => `${percentile(c.ours.run.latencies, 99).toFixed(1)} ms`);
  row('server sessions busy, of them waiting for a lock', (c) => {
    const s = c.ours.sessions;
    if (!s) return '–';
    const locks = [...s.locks].sort((a, b) => b[1] - a[1]);
    const waiting = locks.reduce((a, [, n]) => a + n, 0);
    const kinds = locks.map(([k, n]) => `${k} ${n.toFixed(1)}`).join(', ');
    return `${s.active.toFixed(1)}, ${waiting.toFixed(1)}${kinds ? ` (${kinds})` : ''}`;
  });
  row('CPU per registration: server', (c) => ms(c.ours.cpu.server, c.ours.run));
  row('   PostgreSQL', (c) => ms(c.ours.cpu.postgres, c.ours.run));
  row('   PgBouncer', (c) => (c === columns[0] ? '–' : ms(c.ours.cpu.bouncer, c.ours.run)));
  row('   load generator', (c) => ms(c.ours.cpu.load, c.ours.run));
  row('CPU per baseline insert: PostgreSQL', (c) => ms(c.baseline.cpu.postgres, c.baseline.run));
  row('   PgBouncer', (c) => (c === columns[0] ? '–' : ms(c.baseline.cpu.bouncer, c.baseline.run)));
  row('   load generator', (c) => ms(c.baseline.cpu.load, c.baseline.run));
  // What the aim would take: ratio 0.5 is this many registrations a second, each costing the CPU measured above.
  const aimCores = (c: (typeof columns)[number], withLoad: boolean) => {
    const cpu = c.ours.cpu.server + c.ours.cpu.postgres + c.ours.cpu.bouncer + (withLoad ? c.ours.cpu.load : 0);
    return ((0.5 * perSecond(c.baseline.run) * cpu) / c.ours.run.count).toFixed(1);
  };
  row(
    'CPU cores ratio 0.5 takes at this cost',
    (c) => `${aimCores(c, true)} (${aimCores(c, false)} without load gen.)`,
  );
  const floor = (c: (typeof columns)[number], f: (x: NonNullable<Ours['floor']>) => string) =>
    c.ours.floor ? f(c.ours.floor) : '–';
  row('floor: GET /api/health (no database), same clients', (c) =>
    floor(c, (x) => `${perSecond(x.run).toFixed(0)} /s, p99 ${percentile(x.run.latencies, 99).toFixed(1)} ms`),
  );
  row('   CPU per request: server, load generator', (c) =>
    floor(c, (x) => `${ms(x.cpu.server, x.run)}, ${ms(x.cpu.load, x.run)}`),
  );
  row('load average before ours', (c) => c.ours.loadBefore);
  row('   after ours', (c) => c.ours.loadAfter);
  row('   after the baseline', (c) => c.baseline.loadAfter);
  row('server log lines (KiB)', (c) => `${c.ours.logLines} (${(c.ours.logBytes / 1024).toFixed(0)})`);
  const failures = new Map<string, number>();
  for (const c of columns) for (const [k, n] of c.ours.failures) failures.set(k, (failures.get(k) ?? 0) + n);
  out(
    `   non-201 answers: ${[...failures.values()].reduce((a, b) => a + b, 0)}; audit chains ${chain.ok ? 'intact' : 'BROKEN'} (${chain.checked} events); servers: NODE_ENV=production, pool of 10 connections; baseline: pool of ${CLIENTS} connections`,
  );
  for (const [k, n] of failures) out(`     ${n} × ${k}`);
  return failures.size > 0 || !chain.ok;
}
