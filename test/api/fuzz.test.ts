// Random and malformed bodies to every write route (fast-check): never a 5xx, and nothing written on a 4xx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { login, type Session } from '../support/http.ts';
import { currentVersion } from '../support/versions.ts';
import type { VersionedTable } from '../../src/db.ts';
import { ROLES, type Role } from '../../src/platform/access/roles.ts';
import {
  bodyWith,
  fill,
  minimalValue,
  operations,
  stringLeaves,
  type SamplesByKey,
  type Operation,
  type Parameter,
} from './routes.ts';

let ctx: TestContext;
let session: Session;
const ids = new Map<string, string>();
/** One logged-in user per role: each route is called by a role its policy lets in, so validation is reached. */
const sessions = new Map<Role, Session>();

// Sessions are touched by reading; they are not data a write could corrupt.
const WATCHED = [
  'organisations',
  'centres',
  'service_points',
  'users',
  'role_grants',
  'password_tokens',
  'api_tokens',
  'audit_events',
  'mail_outbox',
];
// The calendar's run-time facts: a refused write must not add a transfer, a holiday or a confirmed year.
WATCHED.push('calendar_transfers', 'calendar_holidays', 'calendar_confirmed_years');
// The directory: contact persons, points' functions, hours and exceptions, reception hours.
WATCHED.push(
  'organisation_contacts',
  'service_point_functions',
  'opening_schedules',
  'opening_intervals',
  'service_point_exceptions',
  'reception_schedules',
  'reception_intervals',
);
// The catalogue: services, their versions and the law changes they are to be updated for (SR-11).
WATCHED.push('services', 'service_versions', 'service_law_changes');
// The catalogue's imports; the front office's contacts, feedback cases and authorised e-services.
WATCHED.push(
  'catalogue_imports',
  'contacts',
  'contact_idempotency',
  'feedback_cases',
  'feedback_events',
  'feedback_contest_stages',
);
WATCHED.push('authorised_eservices', 'authorised_eservice_steps', 'authorised_eservice_clients');

/** A hash of every watched table's rows, in one statement (it runs after every fuzzed request). */
async function snapshot(): Promise<string> {
  const parts = WATCHED.map(
    (table) =>
      sql`${sql.lit(`${table}:`)} || coalesce((select md5(string_agg(t::text, '|' order by t::text)) from ${sql.table(table)} t), '')`,
  );
  const row = await sql<{ h: string }>`select concat_ws(',', ${sql.join(parts)}) as h`.execute(ctx.db);
  return row.rows[0]!.h;
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const maintainer = await buildUser(ctx, { role: 'maintainer' });
  const other = await buildUser(ctx, { role: 'centre_employee' });
  session = await login(ctx.app, maintainer.email);
  sessions.set('maintainer', session);
  for (const role of ROLES.filter((r) => r !== 'maintainer'))
    sessions.set(role, await login(ctx.app, (await buildUser(ctx, { role })).email));
  // Real ids let random bodies reach past "not found" into the services' own checks.
  ids.set('users', other.id);
  const grant = await ctx.db
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', other.id)
    .executeTakeFirstOrThrow();
  ids.set('grants', grant.id);
  ids.set('organisations', other.organisationId);
  // The Balvi centre and one of its points: bodies reach the directory's own checks.
  ids.set('centres', other.centreId!);
  const point = await ctx.db
    .selectFrom('service_points')
    .select('id')
    .where('centre_id', '=', other.centreId!)
    .executeTakeFirstOrThrow();
  ids.set('points', point.id);
  // A service of the Balvi municipality with a draft: bodies reach the catalogue's own checks.
  const service = await session.request('POST', '/api/v1/services', {
    holderId: other.organisationId,
    name: { lv: 'Testa pakalpojums' },
    shortDescription: { lv: 'Apraksts' },
    cofog: ['01.3'],
    clientType: 'anyone',
    coverage: { wholeCountry: true },
  });
  ids.set('services', service.json.id);
});
after(() => ctx.close());

function idFor(path: string): string {
  const segment =
    path
      .split('/')
      .slice(0, -1)
      .reverse()
      .find((s) => ids.has(s)) ?? path.split('/').find((s) => ids.has(s));
  return (segment && ids.get(segment)) ?? '00000000-0000-4000-8000-000000000000';
}

// Versioned resources want If-Match (0014_versions): each fuzzed write names the row's version now, so that valid
// bodies still reach the write; missing and stale versions are tested in versions.test.ts.
const VERSIONED: Record<string, VersionedTable> = {
  services: 'services',
  centres: 'centres',
  points: 'service_points',
  organisations: 'organisations',
  users: 'users',
};
async function versionOf(path: string): Promise<Record<string, string>> {
  const table = VERSIONED[path.split('/')[3] ?? ''];
  return table ? currentVersion(ctx.db, table, idFor(path)) : {};
}

function valueFor(schema: any): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null), fc.boolean());
  if (!schema) return junk;
  if (schema.type === 'string') {
    const max = schema.maxLength ?? 100;
    return fc.oneof(
      fc.string({ maxLength: max }),
      fc.string({ minLength: max + 1, maxLength: max + 20 }),
      ...(schema.enum ? [fc.constantFrom(...schema.enum)] : []),
      fc.constantFrom(
        '2026-02-30',
        '2026-12-31',
        'not-a-date',
        'a@b.lv',
        '00000000-0000-4000-8000-000000000000',
        '<script>',
        "'; drop table users; --",
      ),
      junk,
    );
  }
  return junk;
}

function bodyFor(op: Operation): fc.Arbitrary<string> {
  const props: Record<string, any> = op.bodySchema?.properties ?? {};
  const shaped = fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valueFor(s)])), {
    requiredKeys: [],
  });
  const withExtra = shaped.map((b) => ({ ...b, unexpected: 'x' }));
  return fc.oneof(
    shaped.map((b) => JSON.stringify(b)),
    withExtra.map((b) => JSON.stringify(b)),
    fc.anything().map((v) => JSON.stringify(v) ?? 'null'),
    fc.string(), // not JSON at all
    fc.constantFrom('{', '[1,2', '{"a":}', '\u0000', '""'),
  );
}

test('random and malformed bodies to every write route: never a 5xx, nothing written on a 4xx', async () => {
  const writes = operations(ctx.app).filter((op) => op.method !== 'GET' && op.bodySchema);
  assert.ok(writes.length >= 5, 'there are write routes to test');
  // The state after one request is the state before the next: one hash per request, not two.
  let current = await snapshot();
  for (const op of writes) {
    await fc.assert(
      fc.asyncProperty(bodyFor(op), async (body) => {
        const before = current;
        const res = await session.request(op.method, fill(op.path, idFor(op.path)), body, await versionOf(op.path));
        current = await snapshot();
        assert.ok(
          res.status < 500,
          `${op.method} ${op.path} answered ${res.status} to ${body.slice(0, 200)}: ${res.body.slice(0, 300)}`,
        );
        // A failed login is audited by design (section 5), so the login route is exempt from "nothing written".
        if (res.status >= 400 && op.path !== '/api/v1/auth/login') {
          assert.equal(current, before, `${op.method} ${op.path} wrote on ${res.status} for ${body.slice(0, 200)}`);
        }
      }),
      { numRuns: 40 },
    );
  }
});

// ---- Text: control characters, broken UTF-16 and blank required text in every string a route reads ----

interface TextCase {
  name: string;
  /** Inside a JSON body: the value as JSON text (escapes as a client may send them). */
  json: string;
  /** In a URL (query string, path segment): percent-encoded; in a header: as is. */
  url: string;
  header?: string;
  /** Only where text is required (minLength ≥ 1): elsewhere whitespace is a legal value. */
  requiredOnly?: boolean;
  /** A URL cannot carry it as a string (invalid UTF-8 stays percent-encoded): only "never a 5xx" is asked there. */
  notInUrl?: boolean;
}

const CASES: TextCase[] = [
  { name: 'NUL', json: '"a\\u0000b"', url: 'a%00b', header: 'a\u0000b' },
  { name: 'BEL (U+0007)', json: '"a\\u0007b"', url: 'a%07b', header: 'a\u0007b' },
  { name: 'DEL', json: '"a\u007Fb"', url: 'a%7Fb', header: 'a\u007Fb' },
  // JSON.stringify would escape it the same way; written out so the test shows what travels.
  { name: 'lone surrogate', json: '"a\\ud800b"', url: 'a%ED%A0%80b', notInUrl: true },
  { name: 'whitespace only', json: '"   "', url: '%20%20%20', header: '   ', requiredOnly: true },
];

// Values of body fields by their name that get a body past "not found" and the services' first rules, to where it is
// written: real ids, a COFOG code of the classification, a coverage that needs no list.
const ID_FIELDS: [RegExp, string][] = [
  [/^(servicePoint|point)Ids?$/, 'points'],
  [/^centreIds?$/, 'centres'],
  [/^(holder|organisation|provider|institution|municipality)Ids?$/, 'organisations'],
  [/^serviceIds?$/, 'services'],
  [/^userIds?$/, 'users'],
];
const SAMPLES: Record<string, unknown> = { cofog: '01.3', wholeCountry: true };
const samplesByKey: SamplesByKey = (key) => {
  const table = ID_FIELDS.find(([name]) => name.test(key))?.[1];
  return table ? ids.get(table) : SAMPLES[key];
};

const requiredText = (schema: Record<string, any>) => Number(schema.minLength ?? 0) >= 1;

/** The session of a role the route's policy lets in (the maintainer where it may). */
function sessionFor(op: Operation): Session {
  const policy = ctx.app.routePolicies.get(`${op.method} ${op.url}`);
  const roles: readonly Role[] = policy?.access === 'roles' ? policy.roles : ['maintainer'];
  return sessions.get(roles.includes('maintainer') ? 'maintainer' : roles[0]!)!;
}

/** A value its schema accepts, for the path parameters not under test (the body or query fails first anyway). */
function validSegment(op: Operation, parameter: Parameter): string {
  const s = parameter.schema;
  if (s.type === 'integer' || s.type === 'number') return String(s.minimum ?? 1);
  if (s.enum) return encodeURIComponent(String(s.enum[0]));
  return idFor(op.path);
}

function urlOf(op: Operation, raw: { in: 'path' | 'query'; name: string; value: string } | undefined): string {
  let url = op.path;
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    url = url.replace(`{${p.name}}`, raw?.in === 'path' && raw.name === p.name ? raw.value : validSegment(op, p));
  }
  return raw?.in === 'query' ? `${url}?${encodeURIComponent(raw.name)}=${raw.value}` : url;
}

/** The ETag of what a versioned write changes (GET on its path, or on its parent's), for its If-Match. */
async function etagFor(op: Operation, as: Session): Promise<Record<string, string>> {
  if (!op.parameters.some((p) => p.in === 'header' && p.name === 'if-match')) return {};
  const path = urlOf(op, undefined);
  for (const url of [path, path.slice(0, path.lastIndexOf('/'))]) {
    const etag = (await as.request('GET', url)).headers.etag;
    if (typeof etag === 'string') return { 'if-match': etag };
  }
  return {};
}

test('control characters, lone surrogates and blank required text in every body string, query, path and header: 400 naming the field, nothing written', async (t) => {
  const failures: string[] = [];
  const tally = { routes: 0, bodyFields: 0, queryParameters: 0, pathParameters: 0, headers: 0, requests: 0 };
  /** strict: refused, naming the field; otherwise (a value the URL cannot carry as text) only never a 5xx. */
  const check = (
    label: string,
    res: { status: number; json: any; body: string } | Error,
    field: string,
    where: string,
    strict = true,
  ) => {
    tally.requests++;
    // An answer that breaks off (e.g. a header the server cannot write) is as bad as a 5xx.
    if (res instanceof Error) failures.push(`${label}: no answer (${res.message})`);
    else if (res.status >= 500) failures.push(`${label}: ${res.status} ${res.body.slice(0, 200)}`);
    else if (!strict) return;
    else if (res.status < 400) failures.push(`${label}: accepted (${res.status})`);
    else if (
      !(res.json?.errors ?? []).some((e: { field: string; in: string }) => e.field === field && e.in === where)
    ) {
      failures.push(`${label}: ${res.status} without naming ${where} ${field}: ${res.body.slice(0, 200)}`);
    }
  };
  for (const op of operations(ctx.app)) {
    const as = sessionFor(op);
    // A versioned write without its If-Match stops at 428: with it, a body reaches the service.
    const versioned = await etagFor(op, as);
    const before = await snapshot();
    let touched = false;
    const write = op.method !== 'GET';
    for (const leaf of write ? stringLeaves(op.bodySchema) : []) {
      touched = true;
      tally.bodyFields++;
      for (const c of CASES.filter((x) => !x.requiredOnly || requiredText(leaf.schema))) {
        const res = await as
          .request(op.method, urlOf(op, undefined), bodyWith(op.bodySchema, leaf.path, c.json, samplesByKey), versioned)
          .catch((e: Error) => e);
        check(`${op.method} ${op.path} body ${leaf.pointer} ${c.name}`, res, leaf.pointer, 'body');
      }
    }
    // Fastify checks the path, then the body, the query, the headers: a body it accepts lets the query and headers be reached.
    const body = write ? JSON.stringify(minimalValue(op.bodySchema, samplesByKey)) : undefined;
    for (const p of op.parameters) {
      if (p.in === 'cookie') continue;
      touched = true;
      tally[p.in === 'path' ? 'pathParameters' : p.in === 'query' ? 'queryParameters' : 'headers']++;
      const text = [p.schema.type].flat().includes('string');
      for (const c of CASES.filter((x) => !x.requiredOnly || (text && requiredText(p.schema)))) {
        const label = `${op.method} ${op.path} ${p.in} ${p.name} ${c.name}`;
        if (p.in === 'header') {
          if (c.header === undefined) continue;
          const res = await as
            .request(op.method, urlOf(op, undefined), body, { [p.name]: c.header })
            .catch((e: Error) => e);
          check(label, res, `/${p.name}`, 'header');
          continue;
        }
        const res = await as
          .request(op.method, urlOf(op, { in: p.in as 'path' | 'query', name: p.name, value: c.url }), body, versioned)
          .catch((e: Error) => e);
        check(label, res, `/${p.name}`, p.in, !c.notInUrl);
      }
    }
    if (!touched) continue;
    tally.routes++;
    if ((await snapshot()) !== before) failures.push(`${op.method} ${op.path} wrote something`);
  }
  t.diagnostic(
    `${tally.routes} routes × 5 cases (NUL, U+0007, DEL, lone surrogate, whitespace-only where text is required): ` +
      `${tally.bodyFields} body strings, ${tally.queryParameters} query, ${tally.pathParameters} path and ${tally.headers} header parameters = ${tally.requests} requests`,
  );
  assert.deepEqual(failures, []);
});
