// Two instances for real: two real servers (child processes, production settings, jobs
// running, DATABASE_PREPARED=off) on one database, both through PgBouncer in transaction pooling mode, under a
// registration load from employees logged in on each; one is killed with SIGKILL in the middle. What the database keeps
// must not depend on which process died: every acknowledged registration is stored once with its key and audit event
// (the per-organisation chains verify), re-sending the unacknowledged ones creates no duplicate, the sessions used on
// the dead instance go on working on the other (sessions, CSRF secrets and keys are rows, not process memory), the
// survivor keeps serving through the kill (the dead one's open transactions end with its PgBouncer connections), and
// the survivor runs the jobs. Needs TEST_DATABASE_URL (the server directly: creating and checking the database) and
// PGBOUNCER_URL (.ci/run starts PgBouncer 1.18 on 127.0.0.1:6432).
//
// As in contacts-crash.test.ts, half of the victim's clients go through a proxy that stops passing answers back just
// before the kill, so "committed, not acknowledged, re-sent" happens on every run rather than by chance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db.ts';
import { verifyChain } from '../../src/platform/audit/verify.ts';
import {
  answerDroppingProxy,
  counterFixture,
  freePort,
  HttpClient,
  loginOverHttp,
  postRegistration,
  registration,
  serverAuditKeys,
  serverDatabase,
  startServerProcess,
  storedContacts,
  type Registration,
  type ServerProcess,
  type Session,
} from './counter-load.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';

const SERVER = process.env.TEST_DATABASE_URL;
const BOUNCER = process.env.PGBOUNCER_URL;
const skip =
  SERVER && BOUNCER
    ? false
    : 'needs TEST_DATABASE_URL and PGBOUNCER_URL (.ci/run starts PgBouncer in transaction pooling mode)';
const WORKERS = 16;
/** Kill the victim once it acknowledged this many registrations (or after MAX_LOAD_MS), with others in flight. */
const ACKED_BEFORE_KILL = 60;
const MAX_LOAD_MS = 8000;
/** The survivor's clients go on this long after the kill: it must keep answering while the victim's transactions end. */
const SURVIVOR_LOAD_AFTER_KILL_MS = 1500;
/** The mail sender runs every 5 s; a cron job (import recovery, every minute) is the fallback, hence the margin. */
const JOB_WAIT_MS = 90_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `probe` every 200 ms until it answers something, for at most `ms`. */
async function until<T>(ms: number, probe: () => Promise<T | undefined>): Promise<T | undefined> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== undefined || Date.now() > deadline) return found;
    await sleep(200);
  }
}

/** A job run the victim dies in stays "active" until pg-boss's expiry (5 minutes for the mail sender, 15 for the
 * others), and its stately queue runs nothing else meanwhile: the kill waits for a moment without one, so that the
 * survivor's next run can be seen (and its log stays clean). Runs last milliseconds; the wait is short. */
async function noJobRunning(db: Kysely<DB>): Promise<true | undefined> {
  const active = await sql<{ n: number }>`select count(*)::int as n from pgboss.job where state = 'active'`.execute(db);
  return active.rows[0]!.n === 0 ? true : undefined;
}

interface Attempt {
  r: Registration;
  session: Session;
  /** The contact id of the 201 answer; undefined when no answer came (the victim died). */
  id?: string;
}

test('CR-17.1, DR-25.1.7.3: two instances through PgBouncer, one killed with SIGKILL under load — acknowledged registrations stored once with intact audit chains, no duplicates on re-sending, its sessions work on the survivor, which runs the jobs', {
  skip,
  timeout: 240_000,
}, async (t) => {
  const database = await serverDatabase(SERVER!, 'vv_two');
  const db = database.db;
  const logDir = mkdtempSync(join(tmpdir(), 'vv-two-'));
  const logs = { victim: join(logDir, 'victim.log'), survivor: join(logDir, 'survivor.log') };
  const servers: ServerProcess[] = [];
  const closing: (() => void)[] = [];
  // In this order: clients and proxy, then the servers, then their database.
  t.after(async () => {
    for (const close of closing) close();
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  });
  const fixture = await counterFixture(db, { centres: 2, perCentre: 4 });
  const through = new URL(BOUNCER!);
  through.pathname = new URL(database.url).pathname;
  // SMTP_URL (a port nobody listens on: the outbox stays empty, so nothing connects) turns on the 5-second mail sender.
  const env = { DATABASE_PREPARED: 'off', SMTP_URL: `smtp://127.0.0.1:${await freePort()}` };
  // Each is stopped afterwards as soon as it started, even when the other one failed to.
  const start = async (logFile: string) => {
    const server = await startServerProcess({ databaseUrl: through.toString(), port: await freePort(), logFile, env });
    servers.push(server);
    return server;
  };
  const [victim, survivor] = await Promise.all([start(logs.victim), start(logs.survivor)]);
  const proxy = await answerDroppingProxy(Number(new URL(victim.base).port));
  const clients = {
    victim: new HttpClient(victim.base, WORKERS),
    proxied: new HttpClient(`http://127.0.0.1:${proxy.port}`, WORKERS),
    survivor: new HttpClient(survivor.base, WORKERS),
  };
  closing.push(() => proxy.close(), ...Object.values(clients).map((c) => () => c.close()));
  // Even employees log in on the victim, odd ones on the survivor.
  const sessions: Session[] = [];
  for (const [i, employee] of fixture.employees.entries())
    sessions.push(await loginOverHttp(i % 2 === 0 ? clients.victim : clients.survivor, employee));
  const victimAlive = () => victim.child.exitCode === null && victim.child.signalCode === null;

  // ── The load on both, and SIGKILL of one in the middle of it ──
  const attempts: Attempt[] = [];
  const unexpected: string[] = [];
  const held: Attempt[] = [];
  let victimAcked = 0;
  let survivorAckedAfterKill = 0;
  let survivorSlowestAfterKillMs = 0;
  let inFlightOnVictim = 0;
  let inFlightAtKill = -1;
  let stopping = false;
  let killed = false;
  let survivorStopping = false;
  let killedAt = new Date(8.64e15);
  const kill = async () => {
    if (stopping) return;
    stopping = true;
    try {
      proxy.hold();
      // Once a held request has committed, a moment more so that others commit too and direct ones are mid-way.
      await until(5000, async () => {
        const keys = held.map((a) => a.r.key);
        const committed =
          keys.length === 0
            ? []
            : await db.selectFrom('contact_idempotency').select('key').where('key', 'in', keys).execute();
        return committed.length > 0 ? true : undefined;
      });
      await sleep(50);
      await until(3000, () => noJobRunning(db));
    } finally {
      inFlightAtKill = inFlightOnVictim;
      killedAt = new Date();
      killed = true;
      victim.child.kill('SIGKILL');
      setTimeout(() => (survivorStopping = true), SURVIVOR_LOAD_AFTER_KILL_MS);
    }
  };
  // A failing check before the kill still kills (finally), and is reported with the answers.
  const killSoon = () => void kill().catch((error: unknown) => unexpected.push(`before the kill: ${String(error)}`));
  const timer = setTimeout(killSoon, MAX_LOAD_MS);
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      const session = sessions[w % sessions.length]!;
      const next = seededRandom(7_000 + w);
      const onVictim = w % 2 === 0;
      const viaProxy = w % 4 === 0;
      const client = onVictim ? (viaProxy ? clients.proxied : clients.victim) : clients.survivor;
      const going = () => (onVictim ? !stopping || (!viaProxy && victimAlive()) : !survivorStopping);
      while (going()) {
        const attempt: Attempt = { r: registration(next, session, fixture), session };
        const sentAt = Date.now();
        attempts.push(attempt);
        if (viaProxy) held.push(attempt);
        if (onVictim) inFlightOnVictim++;
        try {
          const res = await postRegistration(client, session, attempt.r);
          if (res.status !== 201) unexpected.push(`${res.status} ${res.body.slice(0, 200)}`);
          else {
            attempt.id = JSON.parse(res.body).id;
            if (viaProxy) held.splice(held.indexOf(attempt), 1);
            if (onVictim && ++victimAcked >= ACKED_BEFORE_KILL) killSoon();
            if (!onVictim && killed) {
              survivorAckedAfterKill++;
              survivorSlowestAfterKillMs = Math.max(survivorSlowestAfterKillMs, Date.now() - sentAt);
            }
          }
        } catch (error) {
          // No answer from the victim: it is gone, and the request may or may not have committed. The survivor must answer.
          if (!onVictim) unexpected.push(`survivor: ${(error as Error).message}`);
        } finally {
          if (onVictim) inFlightOnVictim--;
        }
        if (viaProxy && stopping) break;
      }
    }),
  );
  clearTimeout(timer);
  assert.equal(await victim.exited, 'SIGKILL');
  assert.deepEqual(unexpected, [], 'every answer was 201, and the survivor answered every request through the kill');
  assert.ok(
    victimAcked > 0 && inFlightAtKill > 0,
    `the victim acknowledged registrations (${victimAcked}) and had requests in flight when killed (${inFlightAtKill})`,
  );
  assert.ok(survivorAckedAfterKill > 0, 'the survivor registered contacts after the kill');

  // ── The victim's sessions on the survivor: the same cookie and CSRF token ──
  const moved = sessions.filter((_, i) => i % 2 === 0);
  for (const [i, session] of moved.entries()) {
    const attempt: Attempt = { r: registration(seededRandom(9_000 + i), session, fixture), session };
    attempts.push(attempt);
    const res = await postRegistration(clients.survivor, session, attempt.r);
    assert.equal(
      res.status,
      201,
      `${session.employee.email}'s session from the killed instance works on the survivor: ${res.body}`,
    );
    attempt.id = JSON.parse(res.body).id;
  }

  // ── What the database kept ──
  const acknowledged = attempts.filter((a) => a.id !== undefined);
  const unacknowledged = attempts.filter((a) => a.id === undefined);
  const rows = await storedContacts(db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byKey = new Map(rows.map((r) => [`${r.employee_id}/${r.key}`, r]));
  assert.equal(new Set(rows.map((r) => r.key)).size, rows.length, 'one idempotency key per contact, none twice');
  for (const a of acknowledged) {
    const row = byId.get(a.id!);
    assert.ok(row, `acknowledged contact ${a.id} is stored`);
    assert.equal(row.key, a.r.key, 'under the key it was sent with');
    assert.equal(row.employee_id, a.session.employee.id);
    assert.equal(row.events, 1, 'with exactly one audit event');
    assert.equal(
      row.obligations,
      ['email', 'e_address'].includes(row.channel) ? 1 : 0,
      'a written contact has its DR-25.1.7.3 obligation, once',
    );
  }
  const sent = new Set(attempts.map((a) => `${a.session.employee.id}/${a.r.key}`));
  assert.ok(
    rows.every((r) => sent.has(`${r.employee_id}/${r.key}`)),
    'nothing stored that was not sent',
  );
  const committedUnacknowledged = unacknowledged.filter((a) => byKey.has(`${a.session.employee.id}/${a.r.key}`));
  assert.ok(
    committedUnacknowledged.length > 0,
    'some registrations committed on the victim without their answer reaching the client',
  );
  const chains = await verifyChain(db, { keyring: serverAuditKeys });
  assert.ok(chains.ok, `the audit chains are intact after the kill: ${JSON.stringify(chains.broken)}`);

  // ── Re-sent to the survivor: the unacknowledged ones (same key, same body) and some acknowledged ones ──
  const resent = [...unacknowledged, ...acknowledged.slice(0, 20)];
  await Promise.all(
    resent.map(async (a) => {
      const res = await postRegistration(clients.survivor, a.session, a.r);
      assert.equal(res.status, 201, res.body);
      const id = JSON.parse(res.body).id as string;
      const before = byKey.get(`${a.session.employee.id}/${a.r.key}`);
      if (before) {
        assert.equal(id, before.id, 'a committed registration is answered with its stored contact');
        assert.equal(res.headers['idempotent-replayed'], 'true');
      } else assert.equal(res.headers['idempotent-replayed'], undefined, 'one that never committed is registered now');
      if (a.id) assert.equal(id, a.id);
    }),
  );
  const after = await sql<{ contacts: number; keys: number; events: number }>`
      select (select count(*)::int from contacts) as contacts, (select count(*)::int from contact_idempotency) as keys,
        (select count(*)::int from audit_events where action = 'contact.create') as events`.execute(db);
  assert.deepEqual(
    after.rows[0],
    { contacts: sent.size, keys: sent.size, events: sent.size },
    'every registration sent is stored once, none twice',
  );
  const final = await verifyChain(db, { keyring: serverAuditKeys });
  assert.ok(final.ok, `the audit chains are intact after the retries: ${JSON.stringify(final.broken)}`);

  // ── The survivor runs the jobs: a run recorded under its instance id (host:pid:…) that started after the kill ──
  const survivorId = `${hostname().slice(0, 100)}:${survivor.child.pid}:`;
  const run = await until(JOB_WAIT_MS, async () => {
    const status = await db
      .selectFrom('job_status')
      .select(['name', 'last_instance', 'last_started_at'])
      .where('last_state', '=', 'completed')
      .where('last_started_at', '>', killedAt)
      .execute();
    return status.find((s) => s.last_instance.startsWith(survivorId));
  });
  assert.ok(run, `a job ran on the survivor (${survivorId}…) after the kill`);

  // Through PgBouncer nothing tripped over a prepared statement, and the survivor logged no error.
  for (const log of Object.values(logs)) assert.doesNotMatch(readFileSync(log, 'utf8'), /prepared statement/, log);
  assert.doesNotMatch(readFileSync(logs.survivor, 'utf8'), /"level":50/, logs.survivor);
  rmSync(logDir, { recursive: true, force: true }); // kept when an assertion failed: the servers' logs
  t.diagnostic(
    `${attempts.length} sent (${victimAcked} acknowledged by the victim, ${survivorAckedAfterKill} by the survivor after the kill (the slowest answered in ${survivorSlowestAfterKillMs} ms), ${inFlightAtKill} in flight on the victim at SIGKILL); ` +
      `${committedUnacknowledged.length} of ${unacknowledged.length} unacknowledged had committed; ${final.chains} audit chains, ${final.checked} events; ` +
      `job ${run.name} ran on the survivor ${run.last_started_at.getTime() - killedAt.getTime()} ms after the kill`,
  );
});
