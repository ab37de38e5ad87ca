// Random and malformed bodies to every write route (fast-check): never a 5xx, and nothing written on a 4xx.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { login, type Session } from '../support/http.ts';
import { fill, operations, type Operation } from './routes.ts';

let ctx: TestContext;
let session: Session;
const ids = new Map<string, string>();

// Sessions are touched by reading; they are not data a write could corrupt.
const WATCHED = ['organisations', 'centres', 'service_points', 'users', 'role_grants', 'password_tokens', 'api_tokens', 'audit_events', 'mail_outbox'];
// The calendar's run-time facts: a refused write must not add a transfer, a holiday or a confirmed year.
WATCHED.push('calendar_transfers', 'calendar_holidays', 'calendar_confirmed_years');
// The directory: contact persons, points' functions, hours and exceptions, reception hours.
WATCHED.push('organisation_contacts', 'service_point_functions', 'opening_schedules', 'opening_intervals', 'service_point_exceptions', 'reception_schedules', 'reception_intervals');
// The catalogue: services, their versions and the law changes they are to be updated for (SR-11).
WATCHED.push('services', 'service_versions', 'service_law_changes');
// The catalogue's imports; the front office's contacts, feedback cases and authorised e-services.
WATCHED.push('catalogue_imports', 'contacts', 'contact_idempotency', 'feedback_cases', 'feedback_events', 'feedback_contest_stages');
WATCHED.push('authorised_eservices', 'authorised_eservice_steps', 'authorised_eservice_clients');

async function snapshot(): Promise<string> {
  const parts: string[] = [];
  for (const table of WATCHED) {
    const row = await sql<{ h: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(table)} t`.execute(ctx.db);
    parts.push(`${table}:${row.rows[0]?.h ?? ''}`);
  }
  return parts.join(',');
}

before(async () => {
  ctx = await testContext();
  const maintainer = await buildUser(ctx, { role: 'maintainer' });
  const other = await buildUser(ctx, { role: 'centre_employee' });
  session = await login(ctx.app, maintainer.email);
  // Real ids let random bodies reach past "not found" into the services' own checks.
  ids.set('users', other.id);
  const grant = await ctx.db.selectFrom('role_grants').select('id').where('user_id', '=', other.id).executeTakeFirstOrThrow();
  ids.set('grants', grant.id);
  ids.set('organisations', other.organisationId);
  // The Balvi centre and one of its points: bodies reach the directory's own checks.
  ids.set('centres', other.centreId!);
  const point = await ctx.db.selectFrom('service_points').select('id').where('centre_id', '=', other.centreId!).executeTakeFirstOrThrow();
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
  const segment = path.split('/').slice(0, -1).reverse().find((s) => ids.has(s)) ?? path.split('/').find((s) => ids.has(s));
  return (segment && ids.get(segment)) ?? '00000000-0000-4000-8000-000000000000';
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
      fc.constantFrom('2026-02-30', '2026-12-31', 'not-a-date', 'a@b.lv', '00000000-0000-4000-8000-000000000000', '<script>', "'; drop table users; --"),
      junk,
    );
  }
  return junk;
}

function bodyFor(op: Operation): fc.Arbitrary<string> {
  const props: Record<string, any> = op.bodySchema?.properties ?? {};
  const shaped = fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valueFor(s)])), { requiredKeys: [] });
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
  for (const op of writes) {
    await fc.assert(
      fc.asyncProperty(bodyFor(op), async (body) => {
        const before = await snapshot();
        const res = await session.request(op.method, fill(op.path, idFor(op.path)), body);
        assert.ok(res.status < 500, `${op.method} ${op.path} answered ${res.status} to ${body.slice(0, 200)}: ${res.body.slice(0, 300)}`);
        // A failed login is audited by design (section 5), so the login route is exempt from "nothing written".
        if (res.status >= 400 && op.path !== '/api/v1/auth/login') {
          assert.equal(await snapshot(), before, `${op.method} ${op.path} wrote on ${res.status} for ${body.slice(0, 200)}`);
        }
      }),
      { numRuns: 40 },
    );
  }
});
