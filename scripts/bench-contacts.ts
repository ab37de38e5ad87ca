// `npm run bench:contacts` (issue 5 §5): registering contacts at the counter over HTTP on PostgreSQL, against a
// baseline that inserts the same rows straight through `pg`.
//  - A fresh database on the server of DATABASE_URL (default: the local postgres:postgres@127.0.0.1:5432), dropped
//    afterwards: 4 centres (one regional and one national, where CR-20.8 / CR-20.9 is checked), 8 employees at each,
//    the shipped basket services and 14 others.
//  - The real server as a child process (`node --import tsx src/main.ts start`, NODE_ENV=production: JSON logs at
//    info level to a file, jobs running), 32 employees logged in over HTTP (session cookie + CSRF token).
//  - Ours: 32 concurrent clients, each sending its next registration as soon as the previous one is answered, for
//    DURATION seconds after a warm-up (mixed types and channels, a tenth written with a DR-25.1.7.3 obligation, a
//    client's code on some; an Idempotency-Key on each). Every answer must be 201.
//  - Baseline: 32 concurrent workers over a pool of 32 connections, each row in its own transaction (BEGIN, INSERT
//    INTO contacts, COMMIT): the rows the server stored, with new ids; no checks, no key, no audit, no obligation.
// Prints throughput, p50 and p99 for both, the ratio ours / baseline, and the machine's load. BENCH_PROFILE=1 writes
// a CPU profile of the server (node --cpu-prof) to the folder it prints.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { verifyChain } from '../src/platform/audit/audit.ts';
import { counterFixture, freePort, HttpClient, loginOverHttp, postRegistration, registration, serverAuditKeys, serverDatabase, startServerProcess, type Registration, type Session } from '../test/crash/counter-load.ts';
import { seededRandom } from './seeded-random.ts';

const SERVER = process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const CLIENTS = 32;
const CENTRES = 4;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const WARM_UP_MS = 3000;
const PROFILE = process.env.BENCH_PROFILE === '1';
const out = (line = '') => process.stdout.write(`${line}\n`);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');
const TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by the processes whose pid and command line pass `which` (Linux /proc; 0 elsewhere). */
function cpuSeconds(which: (pid: number, command: string) => boolean): number {
  let ticks = 0;
  try {
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      try {
        if (!which(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    return 0;
  }
  return ticks / TICKS;
}

/**
 * CPU seconds of the server, of PostgreSQL (the backends serving the bench's database, and the WAL writer, checkpointer
 * and background writer, whose work the writes cause; not other databases' backends) and of this load generator.
 */
function cpuNow(serverPid: number | undefined, databaseName: string) {
  const own = process.cpuUsage();
  const ours = (_: number, command: string) => command.startsWith('postgres: ') && (command.includes(` ${databaseName} `) || /walwriter|checkpointer|background writer/.test(command));
  return { server: serverPid ? cpuSeconds((pid) => pid === serverPid) : 0, postgres: cpuSeconds(ours), load: (own.user + own.system) / 1e6 };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Run {
  count: number;
  seconds: number;
  latencies: number[];
}

/** `CLIENTS` loops, each doing `one()` again as soon as it returns, for `ms`; the latencies of those started in time. */
async function closedLoop(ms: number, one: (worker: number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, worker) => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        await one(worker);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, seconds, latencies };
}

const line = (label: string, r: Run) =>
  out(`   ${label.padEnd(44)}${(r.count / r.seconds).toFixed(0).padStart(8)} /s${percentile(r.latencies, 50).toFixed(1).padStart(9)} ms${percentile(r.latencies, 99).toFixed(1).padStart(9)} ms${String(r.count).padStart(9)}`);

// ── Setup ──

out(`Contacts at the counter: ${CLIENTS} concurrent clients, ${DURATION_MS / 1000} s after ${WARM_UP_MS / 1000} s of warm-up, PostgreSQL (${new URL(SERVER).host})`);
out(`   machine: ${cpus().length} CPUs (shared by the load generator, the server and PostgreSQL), load average ${load()} (1 / 5 / 15 min)`);
const database = await serverDatabase(SERVER, 'vv_bench');
const dbName = new URL(database.url).pathname.slice(1);
const work = mkdtempSync(join(tmpdir(), 'vv-bench-contacts-'));
const logFile = join(work, 'server.log');
let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
try {
  const fixture = await counterFixture(database.db, { centres: CENTRES, perCentre: CLIENTS / CENTRES });
  server = await startServerProcess({ databaseUrl: database.url, port: await freePort(), logFile, nodeArgs: PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${work}`] : [] });
  const client = new HttpClient(server.base, CLIENTS);
  const sessions: Session[] = [];
  for (const employee of fixture.employees) sessions.push(await loginOverHttp(client, employee));

  // ── Ours: over HTTP ──

  const generators = sessions.map((_, i) => seededRandom(20_261_123 + i));
  const stored: { registration: Registration; session: Session; response: { id: string; dueOn: string | null; occurredAt: string; occurredOn: string; institutions: { id: string }[] } }[] = [];
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
  await closedLoop(WARM_UP_MS, (w) => register(w, false));
  const before = load();
  const cpuBefore = cpuNow(server.child.pid, dbName);
  const ours = await closedLoop(DURATION_MS, (w) => register(w, true));
  const cpuOurs = cpuNow(server.child.pid, dbName);
  const oursLoad = load();
  client.close();
  await server.stop();
  const logBytes = statSync(logFile).size;
  const logLines = readFileSync(logFile, 'utf8').split('\n').length - 1;
  server = undefined;
  if (failures.size > 0) {
    out('   FAILED registrations (status, body):');
    for (const [k, n] of failures) out(`     ${n} × ${k}`);
  }
  if (stored.length === 0) throw new Error(`no registration succeeded (server log: ${logFile})`);

  // ── Baseline: the same rows straight through pg, one transaction each ──

  const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
  await Promise.all(Array.from({ length: CLIENTS }, async () => (await pool.connect()).release()));
  let nextRow = 0;
  const insertOne = async () => {
    const s = stored[nextRow++ % stored.length]!;
    const b = s.registration.body as { channel?: string; type: string; serviceIds?: string[]; outcome?: string; client?: { personalCode?: string; regNo?: string }; note?: string };
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
          b.outcome ?? 'resolved_on_spot',
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
  await closedLoop(Math.min(WARM_UP_MS, 1000), insertOne);
  const cpuBaselineBefore = cpuNow(undefined, dbName);
  const baseline = await closedLoop(DURATION_MS, insertOne);
  const cpuBaseline = cpuNow(undefined, dbName);
  const baselineLoad = load();
  await pool.end();

  // ── Report ──

  const chain = await verifyChain(database.db, { keyring: serverAuditKeys });
  out(`   ${''.padEnd(44)}${'throughput'.padStart(11)}${'p50'.padStart(12)}${'p99'.padStart(12)}${'requests'.padStart(9)}`);
  line('ours: POST /api/v1/contacts over HTTP', ours);
  line('baseline: BEGIN; INSERT INTO contacts; COMMIT', baseline);
  const ratio = ours.count / ours.seconds / (baseline.count / baseline.seconds);
  const p99 = percentile(ours.latencies, 99);
  out(`   ratio ours / baseline throughput: ${ratio.toFixed(2)} (aim ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'}); ours p99 ${p99.toFixed(1)} ms (aim ≤ 50 ms: ${p99 <= 50 ? 'met' : 'NOT met'})`);
  const perRequest = (seconds: number, r: Run) => `${((seconds * 1000) / r.count).toFixed(2)} ms`;
  out(`   CPU per request: ours — server ${perRequest(cpuOurs.server - cpuBefore.server, ours)}, PostgreSQL ${perRequest(cpuOurs.postgres - cpuBefore.postgres, ours)}, load generator ${perRequest(cpuOurs.load - cpuBefore.load, ours)}; baseline — PostgreSQL ${perRequest(cpuBaseline.postgres - cpuBaselineBefore.postgres, baseline)}, load generator ${perRequest(cpuBaseline.load - cpuBaselineBefore.load, baseline)}`);
  out(`   load average: ${before} before ours, ${oursLoad} after ours, ${baselineLoad} after the baseline`);
  out(`   non-201 answers: ${[...failures.values()].reduce((a, b) => a + b, 0)}; audit chain ${chain.ok ? 'intact' : 'BROKEN'} (${chain.checked} events)`);
  out(`   server: NODE_ENV=production, pool of 10 connections, ${logLines} JSON log lines (${(logBytes / 1024).toFixed(0)} KiB); baseline: pool of ${CLIENTS} connections`);
  if (PROFILE) out(`   CPU profile of the server and its log: ${work}`);
  if (failures.size > 0 || !chain.ok) process.exitCode = 1;
  // The server's log is kept when something failed, and with the profile.
  else if (!PROFILE) rmSync(work, { recursive: true, force: true });
} finally {
  await server?.stop();
  await database.drop();
}
