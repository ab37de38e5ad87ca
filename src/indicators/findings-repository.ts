// The SQL behind the checks a holder reviews before publishing (SR-22) that the year's figures alone cannot tell:
// I05, a minimal-basket service (CR-8) about which a centre registered contacts in the year but not one application.
import { sql, type Kysely } from 'kysely';
import { basketServicesOn } from '../basket/lookups.ts';
import { serviceIdentifierOf } from '../catalogue/lookups.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { serviceContactsByCentreSql } from '../contacts/lookups.ts';
import type { DB, Tx } from '../db.ts';
import { yearRange } from './repository.ts';

type Q = Kysely<DB> | Tx;

export interface UnappliedBasketService {
  serviceId: string;
  identifier: string;
  centre: string;
  contacts: number;
}

/**
 * I05: the holder's (null: every holder's) services with contacts but no applications at a centre in the year, kept
 * when the service is in the basket in force on the year's last day, or on `today` while the year runs.
 */
export async function basketServicesWithoutApplications(
  q: Q,
  year: number,
  holderId: string | null,
  today: string,
): Promise<UnappliedBasketService[]> {
  const { from, to } = yearRange(year);
  const { rows } = await sql<{ service_id: string; identifier: string; centre: string; contacts: number }>`
    with sc as (${serviceContactsByCentreSql(from, to, holderId)})
    select sc.service_id, ${serviceIdentifierOf('sc.service_id')} as identifier,
      ${centreNameOf('sc.centre_id')} as centre, sc.contacts
    from sc where sc.applications = 0
    order by identifier, centre`.execute(q);
  if (rows.length === 0) return [];
  const inBasket = await basketServicesOn(q, [...new Set(rows.map((r) => r.service_id))], today < to ? today : to);
  return rows
    .filter((r) => inBasket.has(r.service_id))
    .map((r) => ({ serviceId: r.service_id, identifier: r.identifier, centre: r.centre, contacts: r.contacts }));
}
