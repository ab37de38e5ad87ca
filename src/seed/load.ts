// Loads shipped data into an empty database: reference organisations always, demo accounts in demo mode only,
// and the first maintainer from ADMIN_EMAIL / ADMIN_PASSWORD when there are no users yet.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import {
  firstOrganisationOfKind,
  hasOrganisations,
  insertShippedOrganisation,
  isValidRegNo,
  organisationIdsByName,
} from '../organisations/index.ts';
import { centreIdsByName, insertShippedCentre, insertShippedPoint, setCentreHeadIfNone } from '../centres/index.ts';
import type { Role } from '../platform/access/roles.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { rigaDate } from '../platform/time.ts';
import { hashPassword, hasUsers, insertShippedGrant, insertShippedUser } from '../people/index.ts';
import { loadDemoDirectory, loadDirectoryReference } from './directory.ts';
import { demoData, referenceData } from './data.ts';

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
  if (await hasOrganisations(db)) return false;
  const data = referenceData();
  for (const o of data.organisations) {
    if (o.regNo && !isValidRegNo(o.regNo))
      throw new Error(`Reference data: ${o.name} has an invalid registration number ${o.regNo}`);
  }
  await inTransaction(db, async (trx) => {
    const ids = new Map<string, string>();
    for (const o of data.organisations) {
      const id = await insertShippedOrganisation(trx, {
        kind: o.kind,
        name: o.name,
        short_name: o.shortName ?? null,
        reg_no: o.regNo ?? null,
        website: o.website ?? null,
        email: o.email ?? null,
        phone: o.phone ?? null,
        e_address: null,
      });
      ids.set(o.key, id);
    }
    for (const c of data.centres) {
      const centreId = await insertShippedCentre(trx, {
        municipality_id: ids.get(c.municipality)!,
        name: c.name,
        kind: c.kind,
      });
      for (const p of c.servicePoints) {
        await insertShippedPoint(trx, { centre_id: centreId, name: p.name, address: p.address });
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

async function keyToIds(db: Kysely<DB>): Promise<{ organisations: Map<string, string>; centres: Map<string, string> }> {
  const data = referenceData();
  const orgs = await organisationIdsByName(db);
  const centres = await centreIdsByName(db);
  return {
    organisations: new Map(data.organisations.map((o) => [o.key, orgs.get(o.name)!])),
    centres: new Map(data.centres.map((c) => [c.key, centres.get(c.name)!])),
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
      const userId = await insertShippedUser(trx, {
        email: u.email,
        name: u.name,
        position: u.position,
        phone: null,
        organisation_id: organisationId,
        password_hash: passwordHash,
        password_changed_at: now,
      });
      await insertShippedGrant(trx, {
        user_id: userId,
        role: u.role,
        organisation_id: organisationId,
        centre_id: u.centre ? ids.centres.get(u.centre)! : null,
        valid_from: rigaDate(now),
        valid_until: null,
      });
      // CR-20.3: the demo head of centre heads the centre.
      if (u.role === 'centre_head' && u.centre) await setCentreHeadIfNone(trx, ids.centres.get(u.centre)!, userId);
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
  const maintainerId = await firstOrganisationOfKind(db, 'maintainer');
  if (!maintainerId) throw new Error('No maintainer organisation: reference data must be loaded first');
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (trx) => {
    const userId = await insertShippedUser(trx, {
      email: email.trim().toLowerCase(),
      name: 'Administrator',
      position: null,
      phone: null,
      organisation_id: maintainerId,
      password_hash: passwordHash,
      password_changed_at: now,
    });
    await insertShippedGrant(trx, {
      user_id: userId,
      role: 'maintainer',
      organisation_id: maintainerId,
      centre_id: null,
      valid_from: rigaDate(now),
      valid_until: null,
    });
    await recordAudit(
      trx,
      { actor: systemActor('bootstrap') },
      {
        action: 'user.bootstrap_admin',
        entityType: 'user',
        entityId: userId,
        organisationId: maintainerId,
        after: { email },
      },
    );
  });
  return true;
}
