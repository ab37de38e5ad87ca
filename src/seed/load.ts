// Loads shipped data into an empty database: reference organisations always, demo accounts in demo mode only,
// and the first maintainer from ADMIN_EMAIL / ADMIN_PASSWORD when there are no users yet.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB, OrganisationKind, Role } from '../platform/db/schema.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { rigaDate } from '../platform/time.ts';
import { isValidRegNo } from '../organisations/reg-no.ts';
import { hashPassword } from '../people/auth-service.ts';
import { loadDemoDirectory, loadDirectoryReference, type DirectoryCentreData } from './directory.ts';

interface ReferenceData {
  organisations: {
    key: string;
    kind: OrganisationKind;
    name: string;
    shortName?: string;
    regNo?: string;
    website?: string;
    email?: string;
    phone?: string;
  }[];
  centres: (DirectoryCentreData & { key: string; servicePoints: { name: string; address: string }[] })[];
}

interface DemoData {
  password: string;
  users: { email: string; name: string; position: string; organisation: string; role: Role; centre?: string }[];
}

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

export function referenceData(): ReferenceData {
  return readData<ReferenceData>('reference.json');
}

export function demoData(): DemoData {
  return readData<DemoData>('demo.json');
}

/**
 * Loads the reference organisations when the database has none; returns whether it did. Then, every time, fills in
 * the directory's reference data (places, points' functions and hours) that a database may still lack.
 */
export async function loadReferenceData(db: Kysely<DB>): Promise<boolean> {
  const loaded = await loadReferenceOrganisations(db);
  await loadDirectoryReference(db);
  return loaded;
}

async function loadReferenceOrganisations(db: Kysely<DB>): Promise<boolean> {
  const any = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const data = referenceData();
  for (const o of data.organisations) {
    if (o.regNo && !isValidRegNo(o.regNo))
      throw new Error(`Reference data: ${o.name} has an invalid registration number ${o.regNo}`);
  }
  await inTransaction(db, async (trx) => {
    const ids = new Map<string, string>();
    for (const o of data.organisations) {
      const row = await trx
        .insertInto('organisations')
        .values({
          kind: o.kind,
          name: o.name,
          short_name: o.shortName ?? null,
          reg_no: o.regNo ?? null,
          website: o.website ?? null,
          email: o.email ?? null,
          phone: o.phone ?? null,
          e_address: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(o.key, row.id);
    }
    for (const c of data.centres) {
      const centre = await trx
        .insertInto('centres')
        .values({ municipality_id: ids.get(c.municipality)!, name: c.name, kind: c.kind })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const p of c.servicePoints) {
        await trx
          .insertInto('service_points')
          .values({ centre_id: centre.id, name: p.name, address: p.address })
          .execute();
      }
    }
    await recordAudit(
      trx,
      { actor: systemActor('seed') },
      {
        action: 'seed.reference',
        entityType: 'organisation',
        organisationId: null,
        after: { organisations: data.organisations.length, centres: data.centres.length },
      },
    );
  });
  return true;
}

async function hasUsers(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

async function keyToIds(db: Kysely<DB>): Promise<{ organisations: Map<string, string>; centres: Map<string, string> }> {
  const data = referenceData();
  const orgs = await db.selectFrom('organisations').select(['id', 'name']).execute();
  const centres = await db.selectFrom('centres').select(['id', 'name']).execute();
  const byName = (rows: { id: string; name: string }[], name: string) => rows.find((r) => r.name === name)?.id;
  return {
    organisations: new Map(data.organisations.map((o) => [o.key, byName(orgs, o.name)!])),
    centres: new Map(data.centres.map((c) => [c.key, byName(centres, c.name)!])),
  };
}

/** One demo account per role, for trying the system out. Returns the logins created (empty when users exist). */
export async function loadDemoData(
  db: Kysely<DB>,
  now: Date = new Date(),
): Promise<{ email: string; role: Role; password: string }[]> {
  // Demo centres fill in whatever is missing, also into a database whose demo users were made before them.
  await loadDemoDirectory(db, now);
  if (await hasUsers(db)) return [];
  const demo = demoData();
  const ids = await keyToIds(db);
  const passwordHash = await hashPassword(demo.password);
  await inTransaction(db, async (trx) => {
    for (const u of demo.users) {
      const organisationId = ids.organisations.get(u.organisation)!;
      const user = await trx
        .insertInto('users')
        .values({
          email: u.email,
          name: u.name,
          position: u.position,
          phone: null,
          organisation_id: organisationId,
          password_hash: passwordHash,
          password_changed_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('role_grants')
        .values({
          user_id: user.id,
          role: u.role,
          organisation_id: organisationId,
          centre_id: u.centre ? ids.centres.get(u.centre)! : null,
          valid_from: rigaDate(now),
          valid_until: null,
        })
        .execute();
      // CR-20.3: the demo head of centre heads the centre.
      if (u.role === 'centre_head' && u.centre) {
        await trx
          .updateTable('centres')
          .set({ head_user_id: user.id })
          .where('id', '=', ids.centres.get(u.centre)!)
          .where('head_user_id', 'is', null)
          .execute();
      }
    }
    await recordAudit(
      trx,
      { actor: systemActor('seed') },
      {
        action: 'seed.demo',
        entityType: 'user',
        organisationId: null,
        after: { users: demo.users.map((u) => u.email) },
      },
    );
  });
  return demo.users.map((u) => ({ email: u.email, role: u.role, password: demo.password }));
}

/** The operator's first maintainer account (ADMIN_EMAIL / ADMIN_PASSWORD), only into a database without users. */
export async function bootstrapAdmin(
  db: Kysely<DB>,
  email: string,
  password: string,
  now: Date = new Date(),
): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const maintainer = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', '=', 'maintainer')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!maintainer) throw new Error('No maintainer organisation: reference data must be loaded first');
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        email: email.trim().toLowerCase(),
        name: 'Administrator',
        position: null,
        phone: null,
        organisation_id: maintainer.id,
        password_hash: passwordHash,
        password_changed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('role_grants')
      .values({
        user_id: user.id,
        role: 'maintainer',
        organisation_id: maintainer.id,
        centre_id: null,
        valid_from: rigaDate(now),
        valid_until: null,
      })
      .execute();
    await recordAudit(
      trx,
      { actor: systemActor('bootstrap') },
      {
        action: 'user.bootstrap_admin',
        entityType: 'user',
        entityId: user.id,
        organisationId: maintainer.id,
        after: { email },
      },
    );
  });
  return true;
}
