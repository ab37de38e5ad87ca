// The minimal basket (CR-8, CR-2.6, AM-1.6 … AM-1.10): what it holds on a day, and recording a version. Only the
// ministry changes the basket; this slice records the shipped history (src/seed/basket.ts) — the ministry's editing
// UI and import come later.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { DomainError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { organisationsById } from '../organisations/lookups.ts';
import { findServiceRef } from '../catalogue/lookups.ts';
import { presentBasket, type BasketOut } from './presenters.ts';
import * as repo from './repository.ts';

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

/** No version of the basket was in force on the day asked (before the first one took effect). */
export class BasketNotInForceError extends DomainError {
  readonly kind = 'not_found';
  constructor() {
    super('basket_not_in_force');
  }
}

/** AM-1.6 … AM-1.10: the basket in force on the day (default: today in Riga). */
export async function basketOn(deps: { db: Kysely<DB>; now: () => Date }, date?: string): Promise<BasketOut> {
  const day = date ?? rigaDate(deps.now());
  const version = await repo.versionInForce(deps.db, day);
  if (!version) throw new BasketNotInForceError();
  return presentBasket(version, await repo.itemsOf(deps.db, version.id));
}

export interface BasketVersionIn {
  effectiveFrom: string;
  note?: string | null;
  items: readonly repo.NewItem[];
}

/**
 * Records a version of the basket taking effect on the day; a version already recorded for that day is superseded
 * (kept, marked), never two in force on one day. Each item's institution must be one of CR-8's seven (an institution
 * of the directory by that name) and each linked service must be in the catalogue.
 */
export async function recordBasketVersion(
  db: Kysely<DB>,
  input: BasketVersionIn,
): Promise<{ id: string; number: number; effectiveFrom: string }> {
  const organisations = await organisationsById(
    db,
    input.items.flatMap((i) => (i.institutionId ? [i.institutionId] : [])),
  );
  const cr8 = new Set<string>(CR8_INSTITUTIONS);
  const issues: FieldIssue[] = input.items.flatMap((item, i): FieldIssue[] => {
    if (!item.institutionId) return [];
    const o = organisations.get(item.institutionId);
    return o && o.kind === 'institution' && cr8.has(o.name)
      ? []
      : [{ field: `/items/${i}/institutionId`, code: 'basket_institution_not_cr8' }];
  });
  for (const [i, item] of input.items.entries())
    for (const [j, id] of item.serviceIds.entries())
      if (!(await findServiceRef(db, id)))
        issues.push({ field: `/items/${i}/serviceIds/${j}`, code: 'basket_service_unknown' });
  if (issues.length > 0) throw new ValidationError(issues);
  const row = await inTransaction(db, (trx) =>
    repo.insertVersion(trx, { effectiveFrom: input.effectiveFrom, note: input.note ?? null, items: input.items }),
  );
  return { id: row.id, number: row.number, effectiveFrom: row.effective_from };
}

export { hasVersions as hasBasketVersions } from './repository.ts';
