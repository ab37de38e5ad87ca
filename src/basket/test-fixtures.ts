// Test helpers of the basket (not loaded by the app): put a service into the minimal basket.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';

/**
 * Links the service to a new item of the newest version of the basket (a test version taking effect on 2017-07-01,
 * when Cabinet Regulation No. 401 came into force, if the basket is empty), so it is in the basket in force on any
 * later day. The item is labelled as a test item.
 */
export async function addToBasket(db: Kysely<DB>, serviceId: string, institutionId: string | null): Promise<void> {
  let version = await db
    .selectFrom('basket_versions')
    .select('id')
    .where('superseded_by', 'is', null)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst();
  if (!version) {
    const last = await db
      .selectFrom('basket_versions')
      .select((eb) => eb.fn.max('number').as('n'))
      .executeTakeFirst();
    version = await db
      .insertInto('basket_versions')
      .values({ number: (last?.n ?? 0) + 1, effective_from: '2017-07-01', note: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  const item = await db
    .insertInto('basket_items')
    .values({
      version_id: version.id,
      annex_item: `99.${randomInt(1, 1_000_000_000)}`,
      name_lv: 'Testa pozīcija',
      name_en: 'Test item',
      institution_id: institutionId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('basket_item_services').values({ item_id: item.id, service_id: serviceId }).execute();
}
