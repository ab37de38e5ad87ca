// SR-21 across years and across the network: a holder's applications per year and channel (its
// trend), and a year's applications per centre or municipality (the ministry's own view). Both read the contacts'
// rollups (contacts/rollups.ts); `naive` groups the contacts instead — the query the rollups replaced, kept for
// bench:indicators and the SR-21 test that the two agree.
import { sql } from 'kysely';
import { serviceHolderOf, serviceIdsOfHolder } from '../catalogue/lookups.ts';
import { centreMunicipalityOf, centreNameOf } from '../centres/lookups.ts';
import { applicationCentresSql, applicationContactsSql, applicationYearsSql } from '../contacts/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import type { Q } from './repository.ts';
import { sr17Channel, type Channel } from './channels.ts';

export interface TrendDbRow {
  year: number;
  channel: Channel;
  at_centres: number;
  eservices: number;
}

const channelOf = (alias: string) =>
  sql<Channel>`(case when ${sql.ref(`${alias}.kind`)} = 'eservice_filed_on_behalf' then 'electronic'
    else ${sr17Channel(`${alias}.channel`)} end)`;
const sums = (alias: string) => sql`
  sum(case when ${sql.ref(`${alias}.kind`)} = 'application_accepted' then ${sql.ref(`${alias}.n`)} else 0 end)::int as at_centres,
  sum(case when ${sql.ref(`${alias}.kind`)} = 'eservice_filed_on_behalf' then ${sql.ref(`${alias}.n`)} else 0 end)::int as eservices`;

/** SR-21.1, SR-21.2: the holder's applications at centres per year and channel, over [fromYear, toYear]. */
export async function trendRows(
  q: Q,
  holderId: string,
  fromYear: number,
  toYear: number,
  o: { naive?: boolean } = {},
): Promise<TrendDbRow[]> {
  const app = o.naive
    ? sql`select extract(year from a_n.occurred_on)::int as year, ${channelOf('a_n')} as channel,
          (case when a_n.kind = 'application_accepted' then 1 else 0 end) as at_centres,
          (case when a_n.kind = 'eservice_filed_on_behalf' then 1 else 0 end) as eservices
        from (${applicationContactsSql(`${fromYear}-01-01`, `${toYear}-12-31`)}) a_n
        where ${serviceHolderOf('a_n.service_id')} = ${holderId}::uuid`
    : applicationYearsSql(fromYear, toYear, serviceIdsOfHolder(holderId));
  const result = await sql<TrendDbRow>`
    select t.year, t.channel, sum(t.at_centres)::int as at_centres, sum(t.eservices)::int as eservices
    from (${app}) t
    group by t.year, t.channel
    order by t.year, t.channel`.execute(q);
  return result.rows;
}

export type NetworkGrouping = 'centre' | 'municipality';

export interface NetworkDbRow {
  id: string;
  name: string;
  channel: Channel;
  at_centres: number;
  eservices: number;
}

/** SR-21.1, SR-21.2 for the network's own view: the year's applications per centre (or municipality) and channel. */
export async function networkRows(
  q: Q,
  year: number,
  groupBy: NetworkGrouping,
  o: { naive?: boolean } = {},
): Promise<NetworkDbRow[]> {
  const app = o.naive
    ? sql`select a_n.centre_id, a_n.kind, a_n.channel, 1 as n
        from (${applicationContactsSql(`${year}-01-01`, `${year}-12-31`)}) a_n`
    : applicationCentresSql(year);
  const key = groupBy === 'centre' ? sql`a.centre_id` : centreMunicipalityOf('a.centre_id');
  const name = groupBy === 'centre' ? centreNameOf('g.id') : organisationNameOf('g.id');
  const result = await sql<NetworkDbRow>`
    with g as (
      select ${key} as id, ${channelOf('a')} as channel, ${sums('a')}
      from (${app}) a
      group by 1, 2
    )
    select g.id, ${name} as name, g.channel, g.at_centres, g.eservices
    from g
    order by name, g.id, g.channel`.execute(q);
  return result.rows;
}
