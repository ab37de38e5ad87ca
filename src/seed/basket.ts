// Loads the minimal basket's shipped history (data/basket-history.json: Annex 1 as far as the project's sources give
// it, AM-1.6 … AM-1.10) through the basket's own recordBasketVersion, once, into an empty basket: after that the
// basket is the ministry's. Each item's services are named explicitly (holder key and externalId), never by a prefix;
// a service its holder no longer has (never loaded) is left out of the link rather than invented.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { hasBasketVersions, recordBasketVersion } from '../basket/index.ts';
import { organisationIdsByName } from '../organisations/index.ts';
import { serviceIdByExternalId } from '../catalogue/index.ts';
import { referenceData } from './data.ts';

interface ShippedItem {
  annexItem: string;
  name: { lv: string; en: string };
  /** A key of reference.json; null when the sources do not name the institution. */
  institution: string | null;
  services: { holder: string; externalId: string }[];
}

export interface ShippedBasketVersion {
  effectiveFrom: string;
  note: string;
  items: ShippedItem[];
}

export function basketHistory(): ShippedBasketVersion[] {
  const url = new URL('./data/basket-history.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { versions: ShippedBasketVersion[] }).versions;
}

/** Records the shipped versions when the basket has none yet; returns how many it recorded. */
export async function loadShippedBasket(db: Kysely<DB>): Promise<number> {
  if (await hasBasketVersions(db)) return 0;
  const names = new Map(referenceData().organisations.map((o) => [o.key, o.name]));
  const idByName = await organisationIdsByName(db, [...names.values()]);
  const idOf = (key: string) => {
    const name = names.get(key);
    if (!name) throw new Error(`Shipped basket: unknown organisation ${key}`);
    return idByName.get(name);
  };
  const versions = basketHistory();
  for (const v of versions) {
    const items = [];
    for (const item of v.items) {
      const serviceIds: string[] = [];
      for (const s of item.services) {
        const holderId = idOf(s.holder);
        const id = holderId ? await serviceIdByExternalId(db, holderId, s.externalId) : undefined;
        if (id) serviceIds.push(id);
      }
      const institutionId = item.institution ? (idOf(item.institution) ?? null) : null;
      items.push({ annexItem: item.annexItem, nameLv: item.name.lv, nameEn: item.name.en, institutionId, serviceIds });
    }
    await recordBasketVersion(db, { effectiveFrom: v.effectiveFrom, note: v.note, items });
  }
  return versions.length;
}
