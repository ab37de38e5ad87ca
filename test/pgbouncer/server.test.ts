// The real server through PgBouncer in transaction pooling mode. PgBouncer before 1.21
// (Debian's is 1.18) gives each transaction whichever server connection is free: named prepared statements and
// session-level advisory locks do not survive that. With DATABASE_PREPARED=off the server prepares nothing by name;
// its migration lock and pg-boss's locks are transaction-level; nothing LISTENs. Needs PGBOUNCER_URL (.ci/run starts
// PgBouncer) and TEST_DATABASE_URL (the same server directly, for creating the database and checking it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/database.ts';
import type { DB } from '../../src/db.ts';
import {
  counterFixture,
  freePort,
  HttpClient,
  loginOverHttp,
  postRegistration,
  registration,
  startServerProcess,
  type ServerProcess,
} from '../crash/counter-load.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';

const SERVER = process.env.TEST_DATABASE_URL;
const BOUNCER = process.env.PGBOUNCER_URL;
const skip =
  SERVER && BOUNCER
    ? false
    : 'needs PGBOUNCER_URL and TEST_DATABASE_URL (.ci/run starts PgBouncer in transaction pooling mode)';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test('through PgBouncer (transaction pooling, DATABASE_PREPARED=off) two servers migrate one empty database at once, start pg-boss and serve logins, registrations and reads', {
  skip,
  timeout: 180_000,
}, async (t) => {
  const name = `vv_bouncer_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const servers: ServerProcess[] = [];
  const closing: (() => unknown)[] = [];
  // In this order: the servers stop before their database goes.
  t.after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    for (const close of closing) await close();
    await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });
  const through = new URL(BOUNCER!);
  through.pathname = `/${name}`;
  const direct = new URL(SERVER!);
  direct.pathname = `/${name}`;

  // Both start on the empty database together: one migrates, the other waits on the migration lock.
  const logDir = mkdtempSync(join(tmpdir(), 'vv-bouncer-'));
  const logs = [join(logDir, 'one.log'), join(logDir, 'two.log')];
  const env = { DATABASE_PREPARED: 'off' };
  servers.push(
    ...(await Promise.all(
      logs.map(async (logFile) =>
        startServerProcess({ databaseUrl: through.toString(), port: await freePort(), logFile, env }),
      ),
    )),
  );

  const database = await openDatabase<DB>({ databaseUrl: direct.toString(), poolSize: 2 });
  closing.push(() => database.close());
  const fixture = await counterFixture(database.db, { centres: 1, perCentre: 4 });
  const clients = servers.map((s) => new HttpClient(s.base, 4));
  closing.push(() => {
    for (const c of clients) c.close();
  });

  // Four employees at once, each on one of the two servers: logins, registrations with keys, one repeated.
  const ids: string[] = [];
  const unexpected: string[] = [];
  await Promise.all(
    fixture.employees.map(async (employee, i) => {
      const client = clients[i % 2]!;
      const session = await loginOverHttp(client, employee);
      const next = seededRandom(900 + i);
      for (let n = 0; n < 8; n++) {
        const r = registration(next, session, fixture);
        const res = await postRegistration(client, session, r);
        if (res.status !== 201) unexpected.push(`${res.status} ${res.body.slice(0, 200)}`);
        else ids.push(JSON.parse(res.body).id);
        if (n === 0) {
          // The retry goes to the other server: the session and the key are in the database, not in a process.
          const again = await postRegistration(clients[(i + 1) % 2]!, session, r).catch(() => undefined);
          if (again?.status !== 201 || JSON.parse(again.body).id !== JSON.parse(res.body).id)
            unexpected.push(`replay: ${again?.status} ${again?.body.slice(0, 200)}`);
        }
      }
      const list = await client.request('GET', '/api/v1/contacts?limit=5', undefined, session.headers);
      if (list.status !== 200) unexpected.push(`list ${list.status} ${list.body.slice(0, 200)}`);
    }),
  );
  assert.deepEqual(unexpected, []);
  assert.equal(ids.length, 32);
  const stored = await database.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(stored.n), 32, 'each registration once, the replay included');
  const one = await clients[1]!.request(
    'GET',
    `/api/v1/contacts/${randomUUID()}`,
    undefined,
    (await loginOverHttp(clients[1]!, fixture.employees[0]!)).headers,
  );
  assert.equal(one.status, 404);

  // pg-boss came up through the bouncer in both: its schedules are there and its scheduler has looked at them.
  const schedules = await sql<{ name: string }>`select name from pgboss.schedule order by name`.execute(database.db);
  assert.ok(
    schedules.rows.some((s) => s.name === 'catalogue-import-recovery'),
    JSON.stringify(schedules.rows),
  );
  const cron = await sql<{ cron_on: Date | null }>`select cron_on from pgboss.version`.execute(database.db);
  assert.ok(cron.rows[0]?.cron_on, 'the cron monitor ran');

  // No session-level advisory lock was left on a server connection, and nothing tripped over a prepared statement.
  const locks = await admin((c) =>
    c.query<{ n: number }>(
      "select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database where l.locktype = 'advisory' and d.datname = $1",
      [name],
    ),
  );
  assert.equal(locks.rows[0]!.n, 0);
  for (const log of logs) assert.doesNotMatch(readFileSync(log, 'utf8'), /prepared statement|"level":50/, log);
});
