// SQL for counting contacts: the aggregate (ministry, and everyone for their own scope), a centre's most used
// services (the counter's type-ahead order), the type-ahead search, and the dashboard's open written contacts.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../db.ts';
import { centreNameOf, findCentreRef as findCentre } from '../centres/lookups.ts';
import {
  publishedServicesByUsage,
  serviceIdentifierOf,
  serviceNameOf,
  type CounterService,
} from '../catalogue/lookups.ts';
import { scopeCondition, type RowScope } from './repository.ts';

type Q = Kysely<DB>;

function scopeOf(scope: RowScope | 'all') {
  return scope === 'all' ? sql<SqlBool>`true` : scopeCondition(scope);
}

export interface GroupCount {
  centre_id: string | null;
  centre_name: string | null;
  type: string | null;
  channel: string | null;
  occurred_on: string | null;
  n: number;
  g_centre: number;
  g_type: number;
  g_channel: number;
  g_day: number;
}

/** Counts by centre, by type, by channel, by day and in total, in one pass (grouping sets). */
export async function groupCounts(
  q: Q,
  scope: RowScope | 'all',
  f: { from: string; to: string; centreId?: string | undefined },
): Promise<GroupCount[]> {
  const centre = f.centreId ? sql`and c.centre_id = ${f.centreId}` : sql``;
  const result = await sql<GroupCount>`
    select c.centre_id, ${centreNameOf('c.centre_id')} as centre_name, c.type, c.channel, c.occurred_on, count(*)::int as n,
      grouping(c.centre_id) as g_centre, grouping(c.type) as g_type, grouping(c.channel) as g_channel, grouping(c.occurred_on) as g_day
    from contacts c
    where ${scopeOf(scope)} and c.occurred_on between ${f.from}::date and ${f.to}::date ${centre}
    group by grouping sets ((c.centre_id), (c.type), (c.channel), (c.occurred_on), ())`.execute(q);
  return result.rows;
}

export interface ServiceCount {
  id: string;
  identifier: string;
  name: string;
  n: number;
}

/** Counts by service (a contact about two services counts for each), most frequent first. */
export async function serviceCounts(
  q: Q,
  scope: RowScope | 'all',
  f: { from: string; to: string; centreId?: string | undefined; limit: number },
): Promise<ServiceCount[]> {
  const centre = f.centreId ? sql`and c.centre_id = ${f.centreId}` : sql``;
  const result = await sql<ServiceCount>`
    select counted.id, counted.identifier, ${serviceNameOf('counted.id')} as name, counted.n
    from (
      select u.service_id as id, ${serviceIdentifierOf('u.service_id')} as identifier, count(*)::int as n
      from contacts c cross join lateral unnest(c.service_ids) as u(service_id)
      where ${scopeOf(scope)} and c.occurred_on between ${f.from}::date and ${f.to}::date ${centre}
      group by u.service_id) counted
    where counted.identifier is not null
    order by counted.n desc, counted.identifier
    limit ${f.limit}`.execute(q);
  return result.rows;
}

export type { CounterService } from '../catalogue/lookups.ts';

/**
 * Published services for the counter, with how often the centre registered each since `since`. Without words:
 * only the services the centre used. With words: every published service whose Latvian name has each word's stem
 * (diacritics and case ignored), whose identifier contains it or whose holder it names (catalogue's lookups).
 */
export function counterServices(
  q: Q,
  k: {
    centreId: string;
    since: string;
    words: readonly string[];
    limit: number;
    all?: boolean;
    within?: readonly string[];
  },
): Promise<CounterService[]> {
  const usage = sql`
      select x.service_id, count(*)::int as n
      from contacts c cross join lateral unnest(c.service_ids) as x(service_id)
      where c.centre_id = ${k.centreId} and c.occurred_on >= ${k.since}::date
      group by x.service_id`;
  return publishedServicesByUsage(q, {
    usage,
    words: k.words,
    limit: k.limit,
    all: k.all ?? false,
    ...(k.within ? { within: k.within } : {}),
  });
}

export interface OpenCounts {
  open: number;
  overdue: number;
  due_today: number;
  registered_today: number;
}

/** DR-25.1.7.3 on the centre's dashboard: written contacts waiting for their answer, and those past due (Riga `today`). */
export async function openCounts(q: Q, centreId: string, today: string): Promise<OpenCounts> {
  const result = await sql<OpenCounts>`
    select
      (select count(*)::int from contacts where centre_id = ${centreId} and answered_at is null and due_on is not null) as open,
      (select count(*)::int from contacts where centre_id = ${centreId} and answered_at is null and due_on < ${today}::date) as overdue,
      (select count(*)::int from contacts where centre_id = ${centreId} and answered_at is null and due_on = ${today}::date) as due_today,
      (select count(*)::int from contacts where centre_id = ${centreId} and occurred_on = ${today}::date) as registered_today`.execute(
    q,
  );
  return result.rows[0]!;
}

/** The centre and its municipality, for scope checks of centre-level reads. */
export async function findCentreRef(q: Q, centreId: string) {
  const centre = await findCentre(q, centreId);
  return centre && { centre_id: centre.id, municipality_id: centre.municipality_id, name: centre.name };
}
