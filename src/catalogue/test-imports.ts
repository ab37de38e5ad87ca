// The world the catalogue import's tests share: UR's admin with API tokens of two roles, records to push, and helpers
// that count rows and follow an import to its end.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, withToken, type Response, type Session } from '../../test/support/http.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { serviceContent } from './test-fixtures.ts';

export let ctx: TestContext;
export let ur: string;
export let vid: string;
export let urAdmin: Session;
export let asAdmin: ReturnType<typeof withToken>;
export let asCoordinator: ReturnType<typeof withToken>;
export let adminAuthorization: string;

export const URL_ = '/api/v1/catalogue/imports';

export async function tokenFor(session: Session, role: string, organisation: string): Promise<string> {
  const res = await session.request('POST', '/api/v1/api-tokens', {
    name: `Sistēma ${role}`,
    role,
    organisationId: organisation,
    expiresOn: addDays(rigaDate(ctx.clock.now()), 30),
  });
  assert.equal(res.status, 201, res.body);
  return res.json.token;
}

/** The shared world, built once per test file (`before(setup)`). */
export async function setup(): Promise<void> {
  ctx = await testContext();
  ur = await organisationId(ctx.db, 'UR');
  vid = await organisationId(ctx.db, 'VID');
  urAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'UR' })).email);
  const adminToken = await tokenFor(urAdmin, 'org_admin', ur);
  asAdmin = withToken(ctx.app, adminToken);
  adminAuthorization = `Bearer ${adminToken}`;
  asCoordinator = withToken(ctx.app, await tokenFor(urAdmin, 'institution_coordinator', ur));
}

export const record = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  ...serviceContent({ name: { lv: `Pakalpojums ${externalId}`, en: `Service ${externalId}` }, ...extra }),
});
export const records = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => record(`${prefix}-${i + 1}`));

export async function counts() {
  const n = async (table: 'services' | 'service_versions' | 'audit_events' | 'catalogue_imports') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    services: await n('services'),
    versions: await n('service_versions'),
    audit: await n('audit_events'),
    imports: await n('catalogue_imports'),
  };
}

/** Follows an import until it is no longer running. */
export async function finished(started: Response, as: (method: string, url: string) => Promise<Response> = asAdmin) {
  assert.equal(started.status, 202, started.body);
  for (let i = 0; i < 1000; i++) {
    const res = await as('GET', `${URL_}/${started.json.id}`);
    assert.equal(res.status, 200, res.body);
    if (res.json.status !== 'running') return res.json;
    await delay(10);
  }
  throw new Error('the import did not finish');
}

export const serviceOf = (externalId: string) =>
  ctx.db
    .selectFrom('services')
    .selectAll()
    .where('holder_id', '=', ur)
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
export const versionsOf = (serviceId: string) =>
  ctx.db.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId).orderBy('number').execute();
