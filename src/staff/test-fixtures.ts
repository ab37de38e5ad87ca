// Test helpers of the staff capability (not loaded by the app): a centre of the Balvi municipality with one point
// open Monday to Friday 08:00–17:00, its head (a centre-scoped grant) and the municipality's admin.
import type { TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';

export interface StaffWorld {
  centreId: string;
  pointId: string;
  municipalityId: string;
  head: Session;
  headUserId: string;
  headEmail: string;
  admin: Session;
}

export async function staffWorld(ctx: TestContext): Promise<StaffWorld> {
  const municipalityId = await organisationId(ctx.db, 'Balvu novads');
  const { centreId, pointId } = await buildCentre(ctx.db, { municipalityId, hours: '08:00-17:00' });
  const headUser = await buildUser(ctx, { role: 'centre_head' });
  // The factory scopes a head to the municipality's first centre: this one heads the new centre instead.
  await ctx.db.updateTable('role_grants').set({ centre_id: centreId }).where('user_id', '=', headUser.id).execute();
  const adminUser = await buildUser(ctx, { role: 'org_admin' });
  return {
    centreId,
    pointId: pointId!,
    municipalityId,
    head: await login(ctx.app, headUser.email),
    headUserId: headUser.id,
    headEmail: headUser.email,
    admin: await login(ctx.app, adminUser.email),
  };
}

export const member = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  position: 'Klientu apkalpošanas speciālists',
  employedFrom: '2024-01-01',
  ...extra,
});
