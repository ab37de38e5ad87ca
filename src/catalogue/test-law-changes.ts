// The world the law-change tests share: UR's and PMLP's describers and approvers, readers, and helpers that publish,
// record and count.
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import type { Role } from '../platform/access/roles.ts';
import { serviceContent } from './test-fixtures.ts';

export let ctx: TestContext;
export let ur: string;
export let pmlp: string;
export let coordinator: Caller;
export let admin: Caller;
export let pmlpCoordinator: Caller;
export let pmlpAdmin: Caller;
export let nvaAdmin: Caller;
export let supervisor: Caller;
export let auditor: Caller;
export let employee: Caller;

export type Caller = Pick<Session, 'request'>;

/** A user whose session is renewed whenever the test clock has moved (sessions expire after 30 idle minutes). */
export function caller(email: string): Caller {
  let session: Session | undefined;
  let since = 0;
  return {
    request: async (...args) => {
      if (!session || ctx.clock.now().getTime() !== since) {
        session = await login(ctx.app, email);
        since = ctx.clock.now().getTime();
      }
      return session.request(...args);
    },
  };
}

/** The shared world, built once per test file (`before(setup)`). */
export async function setup(): Promise<void> {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T08:00:00Z');
  ur = await organisationId(ctx.db, 'UR');
  pmlp = await organisationId(ctx.db, 'PMLP');
  const user = async (role: Role, organisation?: string) =>
    caller((await buildUser(ctx, { role, ...(organisation ? { organisation } : {}) })).email);
  coordinator = await user('institution_coordinator', 'UR');
  admin = await user('org_admin', 'UR');
  pmlpCoordinator = await user('institution_coordinator', 'PMLP');
  pmlpAdmin = await user('org_admin', 'PMLP');
  nvaAdmin = await user('org_admin', 'NVA');
  supervisor = await user('ministry_supervisor');
  auditor = await user('auditor');
  employee = await user('centre_employee');
}

export const at = (instant: string) => ctx.clock.set(instant);
export const changesUrl = (id: string) => `/api/v1/services/${id}/law-changes`;

/** A published service of the holder (registered and published at the clock's time). */
export async function publishedService(
  describer: Caller,
  approver: Caller,
  holderId: string,
  name: string,
): Promise<string> {
  const res = await describer.request('POST', '/api/v1/services', {
    holderId,
    ...serviceContent({ name: { lv: name, en: name } }),
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(
    (await approver.request('POST', `/api/v1/services/${res.json.id}/transitions`, { to: 'published' })).status,
    200,
  );
  return res.json.id;
}

/** A new version of the description published at the instant. */
export async function republish(describer: Caller, approver: Caller, id: string, instant: string): Promise<void> {
  at(instant);
  assert.equal(
    (
      await describer.request(
        'PUT',
        `/api/v1/services/${id}/draft`,
        serviceContent({ appeal: { lv: 'Atjaunināts pēc grozījumiem.' } }),
        await currentVersion(ctx.db, 'services', id),
      )
    ).status,
    200,
  );
  const res = await approver.request('POST', `/api/v1/services/${id}/transitions`, { to: 'published' });
  assert.equal(res.status, 200, res.body);
}

export async function record(session: Caller, id: string, body: Record<string, unknown>) {
  const res = await session.request('POST', changesUrl(id), body);
  assert.equal(res.status, 201, res.body);
  return res.json;
}

export const listed = async (session: Caller, id: string) => (await session.request('GET', changesUrl(id))).json;
export const stateOf = async (id: string, changeId: string, session: Caller = coordinator) =>
  (await listed(session, id)).items.find((c: { id: string }) => c.id === changeId).state;
export type FindingOut = { check: string; severity: string; code: string; message: string };
export const q16 = (findings: FindingOut[]) =>
  findings.filter((f) => f.check === 'Q16').map((f) => [f.severity, f.message]);
export const count = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('service_law_changes')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
/** Audit events other than logins (the test's callers log in again whenever the clock moves). */
export const auditCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', 'not like', 'auth.%')
        .executeTakeFirstOrThrow()
    ).n,
  );
