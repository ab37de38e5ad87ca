// The world the authorised e-services' HTTP tests share: a centre with its employee and head, another municipality's
// centre and employee, the ministry's supervisor, an org admin and a filable service.
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, countRows } from './test-fixtures.ts';

export let ctx: TestContext;
export let employee: Session;
export let head: Session;
export let otherEmployee: Session;
export let supervisor: Session;
export let orgAdmin: Session;
export let centreId: string;
export let employeeEmail: string;
export let otherCentreId: string;
export let serviceId: string;
export const TODAY = '2026-11-23';
export const BASE = '/api/v1/authorised-eservices';

/** The shared world, built once per test file (`before(setup)`). */
export async function setup(): Promise<void> {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const e = await buildUser(ctx, { role: 'centre_employee' });
  centreId = e.centreId!;
  employeeEmail = e.email;
  employee = await login(ctx.app, e.email);
  head = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  orgAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  const other = await buildCentre(ctx.db);
  otherCentreId = other.centreId;
  // An employee of another municipality's centre (the factory knows only the reference organisations).
  const elsewhere = await buildUser(ctx, { role: 'centre_employee' });
  await ctx.db
    .updateTable('role_grants')
    .set({ organisation_id: other.municipalityId, centre_id: other.centreId })
    .where('user_id', '=', elsewhere.id)
    .execute();
  await ctx.db
    .updateTable('users')
    .set({ organisation_id: other.municipalityId })
    .where('id', '=', elsewhere.id)
    .execute();
  otherEmployee = await login(ctx.app, elsewhere.email);
  serviceId = (await buildService(ctx)).id;
}

export const written = async () => [
  await countRows(ctx.db, 'authorised_eservices'),
  await countRows(ctx.db, 'authorised_eservice_steps'),
  await countRows(ctx.db, 'authorised_eservice_clients'),
  await countRows(ctx.db, 'audit_events'),
];
