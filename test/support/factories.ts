// Factories keep tests short: a user with a role in a scope, in one call.
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { DB } from '../../src/db.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import { hashPassword } from '../../src/people/auth-service.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';

export const TEST_PASSWORD = 'test-parole-123456';
let passwordHash: Promise<string> | undefined;

export async function organisationId(db: Kysely<DB>, shortName: string): Promise<string> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('short_name', '=', shortName)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function firstCentreId(db: Kysely<DB>, municipalityId: string): Promise<string> {
  const row = await db
    .selectFrom('centres')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface BuildUser {
  role?: Role;
  /** Short name of the organisation (VARAM, VRAA, VID, "Balvu novads", …). */
  organisation?: string;
  centre?: boolean;
  validFrom?: string;
  validUntil?: string | null;
  email?: string;
  password?: string | null;
}

/**
 * What a factory needs from its test: the database, and the test's clock — every date a factory writes comes from it,
 * never from the machine's calendar (a suite that passes today and fails next month is broken).
 */
export interface FactoryContext {
  db: Kysely<DB>;
  clock: { now(): Date };
}

/**
 * Creates a user with one grant; returns ids and the e-mail. Unless the test says otherwise, the grant has been in force for
 * a year by the test's clock, so a test may move its clock back a little without losing its users.
 */
export async function buildUser(ctx: FactoryContext, options: BuildUser = {}) {
  const { db } = ctx;
  const role = options.role ?? 'centre_employee';
  const defaultOrg: Record<string, string> = {
    maintainer: 'VRAA',
    ministry_supervisor: 'VARAM',
    committee_member: 'VARAM',
    auditor: 'VARAM',
    institution_coordinator: 'VID',
  };
  const orgId = await organisationId(db, options.organisation ?? defaultOrg[role] ?? 'Balvu novads');
  const centreScoped = options.centre ?? (role === 'centre_employee' || role === 'centre_head');
  const centreId = centreScoped ? await firstCentreId(db, orgId) : null;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `${role}.${randomBytes(4).toString('hex')}@test.vienuviet.lv`;
  const user = await db
    .insertInto('users')
    .values({
      email,
      name: `Test ${role}`,
      phone: null,
      position: 'Tester',
      organisation_id: orgId,
      password_hash:
        options.password === null ? null : options.password ? await hashPassword(options.password) : await passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grants')
    .values({
      user_id: user.id,
      role,
      organisation_id: orgId,
      centre_id: centreId,
      valid_from: options.validFrom ?? addDays(rigaDate(ctx.clock.now()), -365),
      valid_until: options.validUntil ?? null,
    })
    .execute();
  return { id: user.id, email, organisationId: orgId, centreId, role };
}
