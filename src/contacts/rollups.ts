// Reads of the contacts' rollups (migrations 0032, 0040), for SR-21 (src/indicators). The
// rollups are kept by triggers in the writing transaction, so each fragment here answers exactly as the GROUP BY over
// the contacts beside it (applicationContactsSql); SR-21's rollup test checks that after a concurrent random load.
// Measured by `npm run bench:indicators`. Rows that reached zero (everything undone) are skipped.
import { sql, type RawBuilder } from 'kysely';

/** Which of SR-21's application rows a fragment reads: every service, or those in the caller's `in` sub-select. */
export type ServiceFilter = RawBuilder<string> | null;

const services = (alias: string, filter: ServiceFilter) =>
  filter === null ? sql`true` : sql`${sql.ref(`${alias}.service_id`)} in ${filter}`;

/**
 * SR-21.1, SR-21.2: the applications accepted at centres and e-services filed there on a client's behalf in the
 * years [fromYear, toYear], one row per year, service and SR-17 channel (an e-service filed on a client's behalf is
 * electronic) — `(year, service_id, channel, at_centres, eservices)`, each counting (contact, service) pairs as
 * `applicationContactsSql` has one row per pair — as a sub-select. Migration 0040 keeps the rollup at this grain
 * (spoken and written apart).
 */
export function applicationYearsSql(fromYear: number, toYear: number, filter: ServiceFilter): RawBuilder<unknown> {
  // Grouped only to add a key's spoken and written rows (migration 0040), in the key's order.
  return sql`select r_s.year, r_s.service_id, r_s.channel, sum(r_s.at_centres)::int as at_centres,
      sum(r_s.eservices)::int as eservices
    from contact_rollup_years r_s
    where r_s.year between ${fromYear}::int and ${toYear}::int and (r_s.at_centres <> 0 or r_s.eservices <> 0)
      and ${services('r_s', filter)}
    group by r_s.year, r_s.service_id, r_s.channel`;
}

/**
 * SR-21.1, SR-21.2 for the network's own view: the year's applications (contact, service pairs) per centre, kind and
 * channel — `(centre_id, kind, channel, n)` — as a sub-select.
 */
export function applicationCentresSql(year: number): RawBuilder<unknown> {
  return sql`select r_c.centre_id, r_c.kind, r_c.channel, r_c.n
    from contact_rollup_centres r_c
    where r_c.year = ${year}::int and r_c.n <> 0`;
}

/**
 * The centres' contacts (every type) of the whole months in [fromMonth, toMonth] (first days of months) by type and
 * channel — `(centre_id, month, type, channel, n)` — for the centres given (null: every centre), as a sub-select:
 * the totals of a centre's dashboard and BV-4.4 report when its period is whole months (migration 0040).
 */
export function contactMonthsSql(fromMonth: string, toMonth: string, centreIds: readonly string[] | null) {
  const centres = centreIds === null ? sql`true` : sql`r_m.centre_id = any(${[...centreIds]}::uuid[])`;
  return sql`select r_m.centre_id, r_m.month, r_m.type, r_m.channel, r_m.n
    from contact_rollup_centre_months r_m
    where r_m.month between ${fromMonth}::date and ${toMonth}::date and r_m.n <> 0 and ${centres}`;
}
