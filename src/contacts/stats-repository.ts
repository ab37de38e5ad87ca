// SQL for counting contacts: the aggregate (ministry, and everyone for their own scope), a centre's most used
// services (the counter's type-ahead order), the type-ahead search, and the dashboard's open written contacts.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../platform/db/schema.ts';
import { likeContains } from '../platform/db/like.ts';
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
    select c.centre_id, ce.name as centre_name, c.type, c.channel, c.occurred_on, count(*)::int as n,
      grouping(c.centre_id) as g_centre, grouping(c.type) as g_type, grouping(c.channel) as g_channel, grouping(c.occurred_on) as g_day
    from contacts c join centres ce on ce.id = c.centre_id
    where ${scopeOf(scope)} and c.occurred_on between ${f.from}::date and ${f.to}::date ${centre}
    group by grouping sets ((c.centre_id, ce.name), (c.type), (c.channel), (c.occurred_on), ())`.execute(q);
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
    select s.id, s.identifier, s.name_lv as name, count(*)::int as n
    from contacts c join centres ce on ce.id = c.centre_id
      cross join lateral unnest(c.service_ids) as u(service_id)
      join services s on s.id = u.service_id
    where ${scopeOf(scope)} and c.occurred_on between ${f.from}::date and ${f.to}::date ${centre}
    group by s.id, s.identifier, s.name_lv
    order by n desc, s.identifier
    limit ${f.limit}`.execute(q);
  return result.rows;
}

export interface CounterService {
  id: string;
  identifier: string;
  name: string;
  external_id: string | null;
  holder_id: string;
  holder_name: string;
  holder_short_name: string | null;
  n: number;
}

/**
 * Published services for the counter, with how often the centre registered each since `since`. Without words:
 * only the services the centre used. With words: every published service whose Latvian name (diacritics and case
 * ignored) or identifier contains each word.
 */
export async function counterServices(
  q: Q,
  k: { centreId: string; since: string; words: readonly string[]; limit: number },
): Promise<CounterService[]> {
  const matches = k.words.map(
    (w) =>
      sql<SqlBool>`(lower(unaccent(s.name_lv)) like lower(unaccent(${likeContains(w)})) or lower(s.identifier) like lower(${likeContains(w)}))`,
  );
  const filter = matches.length > 0 ? sql.join(matches, sql` and `) : sql<SqlBool>`u.n is not null`;
  const result = await sql<CounterService>`
    with usage as (
      select x.service_id, count(*)::int as n
      from contacts c cross join lateral unnest(c.service_ids) as x(service_id)
      where c.centre_id = ${k.centreId} and c.occurred_on >= ${k.since}::date
      group by x.service_id)
    select s.id, s.identifier, s.name_lv as name, s.external_id, s.holder_id, h.name as holder_name, h.short_name as holder_short_name,
      coalesce(u.n, 0)::int as n
    from services s join organisations h on h.id = s.holder_id left join usage u on u.service_id = s.id
    where s.status = 'published' and ${filter}
    order by coalesce(u.n, 0) desc, s.name_lv, s.identifier
    limit ${k.limit}`.execute(q);
  return result.rows;
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
export function findCentreRef(q: Q, centreId: string) {
  return q
    .selectFrom('centres')
    .select(['id as centre_id', 'municipality_id', 'name'])
    .where('id', '=', centreId)
    .executeTakeFirst();
}
