// Checking a basket version before it is recorded (CR-8): each item's institution is one of the seven of CR-8, each
// Annex 1 number once, each linked service in the catalogue (by its id or its identifier PK-…). The issues name the
// field (`/items/2/institutionId`); the import translates them to CSV lines and columns.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { organisationCardsById, organisationsOfKinds } from '../organisations/lookups.ts';
import { serviceIdsByRef } from '../catalogue/lookups.ts';
import type { ItemOut } from './presenters.ts';

/** CR-8: the seven institutions whose services make up the minimal basket, by their names in the directory. */
export const CR8_INSTITUTIONS = [
  'Lauku atbalsta dienests',
  'Nodarbinātības valsts aģentūra',
  'Uzņēmumu reģistrs',
  'Pilsonības un migrācijas lietu pārvalde',
  'Valsts ieņēmumu dienests',
  'Valsts sociālās apdrošināšanas aģentūra',
  'Valsts zemes dienests',
] as const;

export interface ItemIn {
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string | null;
  /** Catalogue services by id (uuid) or identifier (PK-…). */
  serviceIds: readonly string[];
}

export interface CheckedItem {
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string | null;
  serviceIds: string[];
  /** The item as the API presents it (for the changes a version makes). */
  out: ItemOut;
}

/** The seven institutions of CR-8 as they stand in the directory: id → name and short name. */
export async function cr8Institutions(
  db: Kysely<DB>,
): Promise<Map<string, { name: string; shortName: string | null }>> {
  const institutions = await organisationsOfKinds(db, ['institution']);
  const cards = await organisationCardsById(
    db,
    institutions.map((o) => o.id),
  );
  const names = new Set<string>(CR8_INSTITUTIONS);
  return new Map(
    [...cards.values()].filter((c) => names.has(c.name)).map((c) => [c.id, { name: c.name, shortName: c.short_name }]),
  );
}

const annexOrder = (s: string) => s.split('.').map(Number);

/** Checks the items; returns them resolved, or the issues (nothing is written either way). */
export async function checkItems(
  db: Kysely<DB>,
  items: readonly ItemIn[],
): Promise<{ issues: FieldIssue[]; items: CheckedItem[] }> {
  const cr8 = await cr8Institutions(db);
  const services = await serviceIdsByRef(
    db,
    items.flatMap((i) => i.serviceIds),
  );
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const checked = items.map((item, i): CheckedItem => {
    if (!/^[0-9]{1,3}(\.[0-9]{1,3})+$/.test(item.annexItem))
      issues.push({ field: `/items/${i}/annexItem`, code: 'basket_annex_item_format' });
    else if (seen.has(item.annexItem)) issues.push({ field: `/items/${i}/annexItem`, code: 'basket_annex_item_twice' });
    seen.add(item.annexItem);
    if (item.nameLv.trim() === '') issues.push({ field: `/items/${i}/nameLv`, code: 'field_required' });
    if (item.nameEn.trim() === '') issues.push({ field: `/items/${i}/nameEn`, code: 'field_required' });
    if (item.institutionId && !cr8.has(item.institutionId))
      issues.push({ field: `/items/${i}/institutionId`, code: 'basket_institution_not_cr8' });
    const ids: string[] = [];
    const identifiers: string[] = [];
    for (const [j, ref] of item.serviceIds.entries()) {
      const s = services.get(ref);
      if (!s) issues.push({ field: `/items/${i}/serviceIds/${j}`, code: 'basket_service_unknown' });
      else if (!ids.includes(s.id)) {
        ids.push(s.id);
        identifiers.push(s.identifier);
      }
    }
    const institution = item.institutionId ? cr8.get(item.institutionId) : undefined;
    return {
      annexItem: item.annexItem,
      nameLv: item.nameLv.trim(),
      nameEn: item.nameEn.trim(),
      institutionId: item.institutionId,
      serviceIds: ids,
      out: {
        annexItem: item.annexItem,
        name: { lv: item.nameLv.trim(), en: item.nameEn.trim() },
        institution: item.institutionId ? { id: item.institutionId, name: institution?.name ?? '' } : null,
        services: identifiers.sort(),
      },
    };
  });
  checked.sort((a, b) => {
    const x = annexOrder(a.annexItem);
    const y = annexOrder(b.annexItem);
    for (let k = 0; k < Math.max(x.length, y.length); k++)
      if ((x[k] ?? -1) !== (y[k] ?? -1)) return (x[k] ?? -1) - (y[k] ?? -1);
    return 0;
  });
  return { issues, items: checked };
}
