// Reads of the contacts' rollups (migration 0032), for SR-21 (src/indicators). The
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
 * years [fromYear, toYear], one row per year, service, kind and channel — `(year, service_id, kind, channel, n)`,
 * n counting (contact, service) pairs as `applicationContactsSql` has one row per pair — as a sub-select.
 */
export function applicationYearsSql(fromYear: number, toYear: number, filter: ServiceFilter): RawBuilder<unknown> {
  return sql`select r_s.year, r_s.service_id, r_s.kind, r_s.channel, r_s.n
    from contact_rollup_services r_s
    where r_s.year between ${fromYear}::int and ${toYear}::int and r_s.n <> 0 and ${services('r_s', filter)}`;
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
