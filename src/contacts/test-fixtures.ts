// Test helpers of the contacts capability (not loaded by the app): a published service, a staff member of a centre,
// reception hours, and valid client identifiers.
import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import type { Role } from '../platform/access/roles.ts';
import { insertReceptionVersion, parseClock } from '../centres/index.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { serviceContent } from '../catalogue/test-fixtures.ts';
import { addToBasket } from '../basket/test-fixtures.ts';
import { putInEveryScope } from '../scope/test-fixtures.ts';
import { hashPassword } from '../people/index.ts';
import { TEST_PASSWORD } from '../../test/support/factories.ts';

/**
 * A published service of the holder (by organisation id); `basket` puts it into the minimal basket (CR-8), otherwise
 * it is put into every centre's scope (CR-7.3) unless `scope` is false.
 */
export async function buildService(
  db: Kysely<DB>,
  o: {
    holderId: string;
    name: string;
    basket?: boolean;
    status?: 'published' | 'draft' | 'withdrawn';
    filableOnBehalf?: boolean;
    /** CR-7: into the scope of every centre there is now (default); centres built later take it too (buildCentre). */
    scope?: boolean;
  },
) {
  const identifier = `PK-${String(randomInt(100_000_000, 999_999_999))}`;
  // "test-…" services go into every centre built later too (buildCentre); `scope: false` ones stay out.
  const externalId = `${(o.scope ?? true) ? 'test' : 'noscope'}-${randomBytes(4).toString('hex')}`;
  const status = o.status ?? 'published';
  const service = await db
    .insertInto('services')
    .values({ identifier, holder_id: o.holderId, external_id: externalId, name_lv: o.name, status })
    .returning('id')
    .executeTakeFirstOrThrow();
  const published = status === 'draft' ? null : new Date('2026-01-01T00:00:00Z');
  await db
    .insertInto('service_versions')
    .values({
      service_id: service.id,
      number: 1,
      content: JSON.stringify(serviceContent({ name: { lv: o.name }, filableOnBehalf: o.filableOnBehalf ?? true })),
      name_lv: o.name,
      created_by: null,
      published_from: published,
      published_to: status === 'withdrawn' ? new Date('2026-02-01T00:00:00Z') : null,
    })
    .execute();
  if (o.basket) await addToBasket(db, service.id, o.holderId);
  else if (o.scope ?? true) await putInEveryScope(db, service.id);
  return { id: service.id, identifier };
}

let passwordHash: Promise<string> | undefined;

/** A user with one role at one centre (or at the municipality, with `centreId` null). */
export async function buildStaff(db: Kysely<DB>, o: { role?: Role; municipalityId: string; centreId: string | null }) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const role = o.role ?? 'centre_employee';
  const email = `${role}.${randomBytes(4).toString('hex')}@test.vienuviet.lv`;
  const user = await db
    .insertInto('users')
    .values({
      email,
      name: `Darbinieks ${email.slice(0, 20)}`,
      phone: null,
      position: null,
      organisation_id: o.municipalityId,
      password_hash: await passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grants')
    .values({
      user_id: user.id,
      role,
      organisation_id: o.municipalityId,
      centre_id: o.centreId,
      valid_from: '2020-01-01',
      valid_until: null,
    })
    .execute();
  return { id: user.id, email };
}

/** An institution's reception hours at a centre from a date, the same hours Monday to Friday ("09:00-12:00"). */
export async function buildReception(
  db: Kysely<DB>,
  o: { centreId: string; institutionId: string; validFrom: string; hours: string[] },
) {
  const intervals = o.hours.map((h) => {
    const [opens = '09:00', closes = '12:00'] = h.split('-');
    return { opens: parseClock(opens), closes: parseClock(closes) };
  });
  const days = { 1: intervals, 2: intervals, 3: intervals, 4: intervals, 5: intervals };
  await inTransaction(db, (trx) =>
    insertReceptionVersion(
      trx,
      { centreId: o.centreId, institutionId: o.institutionId, validFrom: o.validFrom, days, createdBy: null },
      new Date(),
    ),
  );
}

/** Weights of a personal code's check digit (identifiers.md). */
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid old-form personal code for the birth date and serial ("DDMMYY-CNNNK"). */
export function personalCode(ddmmyy: string, century: 0 | 1 | 2, serial: string): string {
  const ten = `${ddmmyy}${century}${serial}`;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(ten[i]), 0);
  return `${ddmmyy}-${century}${serial}${((1101 - sum) % 11) % 10}`;
}
