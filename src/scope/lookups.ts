// What other capabilities may ask about a centre's scope (CR-7): which services it provides on a day, as functions
// and SQL fragments others embed in their own queries (the counter's registration keeps its one query), and whether
// the scope holds the whole minimal basket (CR-4.2, CR-5.2, CR-6.2) for kind compliance. Light: reads the scope's
// own table and asks the basket and the catalogue through their lookups.
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { basketItemsInForce, type BasketItemInForce } from '../basket/lookups.ts';
import { registrationServicesJson } from '../catalogue/lookups.ts';
import { translateIn, type Lang } from '../platform/i18n/messages.ts';
import { scopeMessages } from './messages.ts';

type Q = Kysely<DB> | Tx;

/**
 * Of the services in the uuid array, those the centre's own entries (CR-7.2, CR-7.3) put in its scope on the day, as
 * a JSON array of ids. The basket's part (CR-7.1) is the basket's answer (basketServiceIdsJson).
 */
export function scopeEntryServiceIdsJson(
  centreId: string,
  serviceIds: Expression<unknown>,
  date: Expression<unknown>,
): RawBuilder<string[]> {
  return sql<string[]>`coalesce((select json_agg(distinct cse_l.service_id) from centre_scope_entries cse_l
    where cse_l.centre_id = ${centreId} and cse_l.service_id = any(${serviceIds})
      and cse_l.valid_from <= ${date} and (cse_l.valid_until is null or cse_l.valid_until >= ${date})), '[]')`;
}

/** The ids of the services the centre's own entries (CR-7.2, CR-7.3) put in its scope on the day. */
export async function scopeEntryServiceIdsOn(q: Q, centreId: string, date: string): Promise<string[]> {
  const rows = await q
    .selectFrom('centre_scope_entries')
    .select('service_id')
    .distinct()
    .where('centre_id', '=', centreId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', date)]))
    .execute();
  return rows.map((r) => r.service_id);
}

/**
 * CR-7: every service in the centre's scope on the day (published or not; the counter and the public list keep the
 * published ones): the basket in force (CR-7.1) and the centre's entries (CR-7.2, CR-7.3).
 */
export async function scopeServiceIdsOn(q: Q, centreId: string, date: string): Promise<string[]> {
  const [basket, own] = await Promise.all([basketItemsInForce(q, date), scopeEntryServiceIdsOn(q, centreId, date)]);
  return [...new Set([...basket.flatMap((i) => i.serviceIds), ...own])];
}

// ── Kind compliance: the basket in the scope (CR-4.2, CR-5.2, CR-6.2) ──

/** A basket item the centre cannot provide on the day: none of its catalogue services is published. */
export interface MissingBasketItem {
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string | null;
}

export interface BasketCoverage {
  /** The basket's items in force on the day the centre must provide (all, before CR-5.2/CR-6.2 excuse any). */
  items: BasketItemInForce[];
  /** Those of them with no published catalogue service: the scope cannot hold them. */
  missing: MissingBasketItem[];
}

/**
 * CR-7.1, CR-4.2: the basket in force on the day is in every centre's scope; an item is provided when at least one of
 * its catalogue services is published (a draft or withdrawn service cannot be registered at any counter).
 */
export async function basketCoverageOn(q: Q, date: string): Promise<BasketCoverage> {
  const items = await basketItemsInForce(q, date);
  const ids = [...new Set(items.flatMap((i) => i.serviceIds))];
  const published = new Set<string>();
  if (ids.length > 0) {
    const { rows } = await sql<{ services: { id: string; status: string }[] }>`select ${registrationServicesJson(
      sql`${ids}::uuid[]`,
    )} as services`.execute(q);
    for (const s of rows[0]?.services ?? []) if (s.status === 'published') published.add(s.id);
  }
  const missing = items
    .filter((i) => !i.serviceIds.some((id) => published.has(id)))
    .map(({ annexItem, nameLv, nameEn, institutionId }) => ({ annexItem, nameLv, nameEn, institutionId }));
  return { items, missing };
}

/** The kind of a centre, as the compliance rules name it. */
type Kind = 'county' | 'regional' | 'national';

/**
 * Which rule asks for the basket at a centre of the kind: CR-4.2 (county: at least the minimal basket), CR-5.2
 * (regional) and CR-6.2 (national: the basket services of the institutions that do not serve clients there).
 */
export const BASKET_RULE: Record<Kind, string> = { county: 'CR-4.2', regional: 'CR-5.2', national: 'CR-6.2' };

export interface BasketCheckInput {
  kind: Kind;
  coverage: BasketCoverage;
  /** CR-5.2, CR-6.2: the institutions whose officers receive clients at the centre on the day. */
  receivingInstitutionIds: ReadonlySet<string>;
}

export interface BasketCheckResult {
  rule: string;
  /** How many items the municipality must provide at the centre, and how many it can. */
  required: number;
  provided: number;
  /** The items it cannot provide, in annex order ("3.13 Šengenas vīzas pieteikums"). */
  missing: MissingBasketItem[];
}

/**
 * CR-4.2, CR-5.2, CR-6.2: does the centre's scope hold the basket it must provide on the day? At a regional or
 * national centre the items of an institution receiving clients there are that institution's, not the municipality's.
 */
export function basketCheck(input: BasketCheckInput): BasketCheckResult {
  const excused = (institutionId: string | null) =>
    input.kind !== 'county' && institutionId !== null && input.receivingInstitutionIds.has(institutionId);
  const required = input.coverage.items.filter((i) => !excused(i.institutionId));
  const missing = input.coverage.missing.filter((i) => !excused(i.institutionId));
  return {
    rule: BASKET_RULE[input.kind],
    required: required.length,
    provided: required.length - missing.length,
    missing,
  };
}

/** The basket check as kind compliance answers it (the shape of centres' compliance checks). */
export interface BasketComplianceCheck {
  rule: string;
  measure: 'basket_items';
  passed: boolean;
  expected: number;
  actual: number;
  explanation: string;
  /** The Annex 1 items the centre cannot provide. */
  missingItems: string[];
}

/**
 * CR-4.2, CR-5.2, CR-6.2 for kind compliance: the centre's scope on the day holds the basket it must provide, or the
 * explanation names each missing item (its annex number and name, in the caller's language).
 */
export async function basketComplianceCheck(
  q: Q,
  k: { kind: Kind; date: string; receivingInstitutionIds: ReadonlySet<string> },
  lang: Lang,
): Promise<BasketComplianceCheck> {
  const coverage = await basketCoverageOn(q, k.date);
  const result = basketCheck({ kind: k.kind, coverage, receivingInstitutionIds: k.receivingInstitutionIds });
  const passed = result.missing.length === 0;
  const names = result.missing.map((i) => `${i.annexItem} ${lang === 'lv' ? i.nameLv : i.nameEn}`).join('; ');
  const code = passed ? 'compliance_basket_ok' : 'compliance_basket_bad';
  return {
    rule: result.rule,
    measure: 'basket_items',
    passed,
    expected: result.required,
    actual: result.provided,
    explanation: translateIn(scopeMessages, code, lang, {
      expected: result.required,
      actual: result.provided,
      missing: result.missing.length,
      names,
    }),
    missingItems: result.missing.map((i) => i.annexItem),
  };
}
