// The counter's registration load, shared by `npm run bench:contacts` and the crash test: a fresh
// database on a PostgreSQL server, centres with employees and services, the real server as a child process
// (`node --import tsx src/main.ts start`, production settings), employees logged in over HTTP (session + CSRF), and
// realistic POST /api/v1/contacts bodies, each sent with an Idempotency-Key.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import http from 'node:http';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB, Database } from '../../src/db.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import { loadReferenceData } from '../../src/seed/load.ts';
import { loadShippedCatalogue } from '../../src/seed/catalogue.ts';
import { insertReceptionVersion } from '../../src/centres/reception-repository.ts';
import { buildCentre } from '../../src/centres/test-fixtures.ts';
import { buildService, buildStaff, personalCode } from '../../src/contacts/test-fixtures.ts';
import { rigaDate } from '../../src/platform/time.ts';
import { emptyDatabaseUrl } from '../support/context.ts';
import { TEST_PASSWORD } from '../support/factories.ts';
import { auditKeyring } from '../../src/platform/audit/keys.ts';
import { activeKeyring } from '../../src/platform/audit/audit.ts';

/** Production refuses to start without audit secrets of its own: these are the server's (test values). */
const SERVER_AUDIT_ENV = {
  AUDIT_KEY: 'test-production-audit-key-0123456789abcdef',
  AUDIT_SIGNING_KEY: 'FwMY95Ab92REYq8capFko0+DMIM9j+0vvZsFc0qs5y0=',
};
/**
 * What verifies the trail: the server's events under its key, the fixtures' (written by this process) under this
 * process's key. `verifyChain(db, { keyring: serverAuditKeys })`.
 */
export const serverAuditKeys = auditKeyring({
  auditKey: SERVER_AUDIT_ENV.AUDIT_KEY,
  auditPreviousKeys: [activeKeyring().current.secret],
});

const root = fileURLToPath(new URL('../../', import.meta.url));

// ── A database of its own on the server, dropped afterwards ──

export interface ServerDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database with the reference data and the shipped basket services, on the server of `serverUrl`. */
export async function serverDatabase(serverUrl: string, prefix: string): Promise<ServerDatabase> {
  const empty = await emptyDatabaseUrl(serverUrl, prefix);
  const database = await openDatabase<DB>({ databaseUrl: empty.url, poolSize: 4 });
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  await loadShippedCatalogue(database.db, { demo: false });
  let dropped = false;
  return {
    ...database,
    url: empty.url,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await database.close().catch(() => undefined);
      await empty.drop();
    },
  };
}

// ── Centres, employees, services ──

export interface Employee {
  id: string;
  email: string;
  centreId: string;
  pointId: string;
}

export interface CounterFixture {
  employees: Employee[];
  services: { id: string; holderId: string; basket: boolean }[];
}

/**
 * `centres` centres (the first regional, the second national, the rest county) with one point each, `perCentre`
 * employees at each, the shipped basket services and a few more of other holders. At the regional and national
 * centres the basket services' institutions receive clients on every weekday except today's, so CR-20.8 / CR-20.9
 * is evaluated on every application and information there without refusing it.
 */
export async function counterFixture(
  db: Kysely<DB>,
  o: { centres: number; perCentre: number },
): Promise<CounterFixture> {
  const holders = await db
    .selectFrom('organisations')
    .select(['id', 'short_name'])
    .where('short_name', 'in', ['VID', 'UR', 'VSAA', 'PMLP', 'NVA', 'LAD', 'VZD'])
    .execute();
  const basket = await db
    .selectFrom('services')
    .select(['id', 'holder_id'])
    .where('status', '=', 'published')
    .where('external_id', 'like', 'grozs-%')
    .orderBy('identifier')
    .limit(16)
    .execute();
  const services = basket.map((s) => ({ id: s.id, holderId: s.holder_id, basket: true }));
  for (const [i, holder] of holders.entries()) {
    for (let n = 0; n < 2; n++)
      services.push({
        ...(await buildService(db, { holderId: holder.id, name: `Pakalpojums ${holder.short_name} ${i}.${n}` })),
        holderId: holder.id,
        basket: false,
      });
  }
  const today = new Date(`${rigaDate()}T12:00:00Z`).getUTCDay() || 7;
  const employees: Employee[] = [];
  for (let c = 0; c < o.centres; c++) {
    const kind = c === 0 ? 'regional' : c === 1 ? 'national' : 'county';
    const centre = await buildCentre(db, { kind, hours: '08:00-17:00' });
    if (kind !== 'county') {
      const interval = { opens: 9 * 60, closes: 12 * 60 };
      const days = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today).map((d) => [d, [interval]]));
      for (const institutionId of new Set(basket.map((s) => s.holder_id))) {
        await inTransaction(db, (trx) =>
          insertReceptionVersion(
            trx,
            { centreId: centre.centreId, institutionId, validFrom: '2020-01-01', days, createdBy: null },
            new Date(),
          ),
        );
      }
    }
    for (let e = 0; e < o.perCentre; e++) {
      const staff = await buildStaff(db, { municipalityId: centre.municipalityId, centreId: centre.centreId });
      employees.push({ ...staff, centreId: centre.centreId, pointId: centre.pointId! });
    }
  }
  return { employees, services };
}

// ── The server as a child process ──

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** SIGTERM and wait (graceful: in-flight requests finish). */
  stop(): Promise<void>;
}

/**
 * `node --import tsx src/main.ts start` with production settings (JSON logs at info level, jobs running, no demo
 * data) on the database, logging to `logFile`; resolves when /api/ready answers. The login rate limit is raised:
 * every client logs in from the same address.
 */
export async function startServerProcess(o: {
  databaseUrl: string;
  port: number;
  logFile: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const log = openSync(o.logFile, 'a');
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: o.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(o.port),
      LINK_CHECK: 'off',
      LOGIN_RATE_PER_MINUTE: '10000',
      ...SERVER_AUDIT_ENV,
      ...o.env,
    },
  });
  closeSync(log);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const base = `http://127.0.0.1:${o.port}`;
  const client = new HttpClient(base, 1);
  const deadline = Date.now() + 60_000;
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    if (done) throw new Error(`the server exited while starting (see ${o.logFile})`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not get ready in 60 s (see ${o.logFile})`);
    }
    const res = await client.request('GET', '/api/ready').catch(() => undefined);
    if (res?.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  client.close();
  return {
    base,
    child,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

// ── HTTP with keep-alive connections, as browsers at the counter hold them ──

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export class HttpClient {
  private readonly agent: http.Agent;
  constructor(
    private readonly base: string,
    connections: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${this.base}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }
              : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function cookieValue(headers: http.IncomingHttpHeaders, name: string): string {
  const found = (headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in the response`);
  return found;
}

export interface Session {
  employee: Employee;
  /** Cookie and CSRF headers of the employee's writes. */
  headers: Record<string, string>;
}

/** Logs in like the browser does: the CSRF token and its cookie, then the password, then the session cookie. */
export async function loginOverHttp(client: HttpClient, employee: Employee): Promise<Session> {
  const first = await client.request('GET', '/api/v1/auth/csrf');
  const csrfCookie = cookieValue(first.headers, '_csrf');
  const res = await client.request(
    'POST',
    '/api/v1/auth/login',
    { email: employee.email, password: TEST_PASSWORD },
    { cookie: csrfCookie, 'x-csrf-token': JSON.parse(first.body).csrfToken },
  );
  if (res.status !== 200) throw new Error(`login of ${employee.email}: ${res.status} ${res.body}`);
  const session = cookieValue(res.headers, 'vienuviet_session');
  // Login renews the CSRF secret: writes go with the new _csrf cookie and the token of the login answer.
  return {
    employee,
    headers: {
      cookie: `${cookieValue(res.headers, '_csrf')}; ${session}`,
      'x-csrf-token': JSON.parse(res.body).csrfToken,
    },
  };
}

// ── What the counter registers ──

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid personal code of someone born between 1940 and 2009. */
function someonesCode(next: () => number): string {
  const year = 1940 + Math.floor(next() * 70);
  const ddmmyy = `${pad(1 + Math.floor(next() * 28))}${pad(1 + Math.floor(next() * 12))}${pad(year % 100)}`;
  return personalCode(ddmmyy, year < 2000 ? 1 : 2, String(Math.floor(next() * 1000)).padStart(3, '0'));
}

/** Registration numbers of the Enterprise Register that pass the checksum (identifiers.md). */
const REG_NOS = ['40003521600', '40003032949', '40003245752', '40003011203'];

export interface Registration {
  key: string;
  body: Record<string, unknown>;
}

/**
 * One registration in the counter's mix: mostly information and applications in person, some by phone and video,
 * e-service consultations, documents handed out, and about one in ten written (e-mail, e-address: a DR-25.1.7.3
 * obligation with it); a client's personal code on a quarter of them, a company's number on some.
 */
export function registration(next: () => number, session: Session, fixture: CounterFixture): Registration {
  const e = session.employee;
  const service = () => fixture.services[Math.floor(next() * fixture.services.length)]!.id;
  // DR-29: only an e-service whose description allows it is filed on a client's behalf; the test services allow it,
  // the shipped basket services do not say so.
  const filable = fixture.services.filter((s) => !s.basket);
  const filableService = () => filable[Math.floor(next() * filable.length)]!.id;
  const roll = next();
  let body: Record<string, unknown>;
  if (roll < 0.5) body = { type: 'information', serviceIds: [service()] };
  else if (roll < 0.62)
    body = {
      type: 'application_accepted',
      serviceIds: [service()],
      outcome: 'application_forwarded',
      client: { personalCode: someonesCode(next) },
    };
  else if (roll < 0.7)
    body = {
      type: 'information',
      channel: 'phone',
      serviceIds: [service()],
      client: { personalCode: someonesCode(next) },
    };
  else if (roll < 0.78)
    body = {
      type: 'eservice_consultation',
      channel: next() < 0.5 ? 'video' : 'in_person',
      serviceIds: [service(), service()],
    };
  else if (roll < 0.84)
    body = {
      type: 'documents_handed_out',
      serviceIds: [service()],
      client: { regNo: REG_NOS[Math.floor(next() * REG_NOS.length)] },
    };
  else if (roll < 0.9)
    body = {
      type: 'question',
      channel: 'email',
      serviceIds: [service()],
      // DR-25.1.7.3: a written contact awaits its reply until answered (any other outcome is refused).
      outcome: 'awaiting_reply',
      client: { personalCode: someonesCode(next) },
    };
  else if (roll < 0.93) body = { type: 'e_address_consultation', channel: 'e_address' };
  else if (roll < 0.97)
    body = {
      type: 'eservice_filed_on_behalf',
      serviceIds: [filableService()],
      client: { personalCode: someonesCode(next) },
      note: 'Iesniegts klienta vārdā',
    };
  else
    body = {
      type: 'complaint',
      serviceIds: [service()],
      outcome: 'referred_to_institution',
      note: 'Klients neapmierināts ar gaidīšanas laiku',
    };
  return { key: randomUUID(), body: { centreId: e.centreId, servicePointId: e.pointId, ...body } };
}

export function postRegistration(client: HttpClient, session: Session, r: Registration): Promise<HttpResponse> {
  return client.request('POST', '/api/v1/contacts', r.body, { ...session.headers, 'idempotency-key': r.key });
}

// ── What a crash test checks afterwards, and the dropped answer it provokes ──

export interface StoredContact {
  id: string;
  employee_id: string;
  key: string | null;
  channel: string;
  /** Its `contact.create` audit events (one expected). */
  events: number;
  /** Its DR-25.1.7.3 obligations (one for a written contact, none otherwise). */
  obligations: number;
}

/** Every stored contact with its Idempotency-Key and the counts of what its registration wrote with it. */
export async function storedContacts(db: Kysely<DB>): Promise<StoredContact[]> {
  const result = await sql<StoredContact>`
    select c.id, c.employee_id, i.key, c.channel,
      (select count(*)::int from audit_events e where e.entity_type = 'contact' and e.entity_id = c.id::text and e.action = 'contact.create') as events,
      (select count(*)::int from obligations o where o.subject_type = 'contact' and o.subject_id = c.id::text) as obligations
    from contacts c left join contact_idempotency i on i.contact_id = c.id`.execute(db);
  return result.rows;
}

/**
 * A TCP proxy on 127.0.0.1 to `target` that passes answers back until `hold()`; then it keeps them (the client waits),
 * as a dropped connection at the counter would: requests in flight commit but are never acknowledged.
 */
export async function answerDroppingProxy(target: number): Promise<{ port: number; hold(): void; close(): void }> {
  let holding = false;
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (!holding) client.write(chunk);
    });
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    hold: () => (holding = true),
    close: () => server.close(),
  };
}
