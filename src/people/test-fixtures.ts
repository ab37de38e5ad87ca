// Test helpers of the people capability (not loaded by the app): a second municipality to test scopes across
// organisations, row counts to prove that a refused request wrote nothing, and the link of a queued e-mail.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';

/** Another municipality with one centre (the reference data has only Balvi). */
export async function buildMunicipality(db: Kysely<DB>, name = `Testa novads ${randomBytes(3).toString('hex')}`) {
  const org = await db
    .insertInto('organisations')
    .values({ kind: 'municipality', name, short_name: name.slice(0, 50) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const centre = await db
    .insertInto('centres')
    .values({ municipality_id: org.id, name: `${name} VPVKAC`, kind: 'county' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisationId: org.id, centreId: centre.id, shortName: name.slice(0, 50) };
}

const TABLES = ['users', 'role_grants', 'password_tokens', 'api_tokens', 'mail_outbox', 'audit_events'] as const;

/** Rows in every table this capability writes. */
export async function counts(db: Kysely<DB>): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** The newest message queued for an address. */
export function lastMailTo(db: Kysely<DB>, to: string) {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The token of the set-password link in a message's text. */
export function linkToken(text: string): string {
  const match = /\/set-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No set-password link in: ${text}`);
  return match[1];
}

export function auditEvents(db: Kysely<DB>, action: string, entityId: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
}
