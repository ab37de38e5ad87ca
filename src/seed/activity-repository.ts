// The SQL of the demo activity (activity.ts): what the generator reads of the catalogue, and its bulk writes. The
// rows go in as arrays unnested by one statement per chunk, never one request per contact, so that a start in demo
// mode stays quick on PGlite; the tables' own checks and the contacts' rollup triggers see them as any other insert.
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { serviceChannelsOf, serviceMaxTermOf } from '../catalogue/index.ts';
import { basketVersionInForceSql } from '../basket/index.ts';
import type { PlannedCompletion, PlannedContact } from './activity-plan.ts';

type Q = Kysely<DB> | Tx;

/** Rows per statement: large enough to be quick, small enough for PGlite's memory. */
const CHUNK = 4_000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Whether the counter has registered anything yet: the demo's history goes only into an empty one. */
export async function hasContacts(q: Q): Promise<boolean> {
  return (await q.selectFrom('contacts').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Published services of these holders' own ids ("grozs-…", "demo-…"), with their SR-17 channels and maximum term. */
export async function servicesForActivity(
  q: Q,
  prefixes: readonly string[],
): Promise<{ id: string; holder_id: string; external_id: string; offered: string[]; max_term: number | null }[]> {
  const like = sql.join(
    prefixes.map((p) => sql`s_a.external_id like ${`${p}%`}`),
    sql` or `,
  );
  const { rows } = await sql<{
    id: string;
    holder_id: string;
    external_id: string;
    offered: string[];
    max_term: number | null;
  }>`select s_a.id, s_a.holder_id, s_a.external_id, ${serviceChannelsOf(sql.ref('s_a.id'))} as offered,
      ${serviceMaxTermOf(sql.ref('s_a.id'))} as max_term
    from services s_a where s_a.status = 'published' and (${like})
    order by s_a.external_id`.execute(q);
  return rows;
}

/** The generated contacts, each with the basket version in force on its day (as the registration stores it). */
export async function insertContacts(trx: Tx, rows: readonly PlannedContact[], now: Date): Promise<void> {
  for (const part of chunks(rows)) {
    const col = <K extends keyof PlannedContact>(k: K) => part.map((r) => r[k]);
    const arrays = (k: 'service_ids' | 'institution_ids') => part.map((r) => `{${r[k].join(',')}}`);
    await sql`insert into contacts (id, centre_id, service_point_id, employee_id, occurred_at, occurred_on, channel,
        type, service_ids, institution_ids, outcome, due_on, answered_at, answered_by, created_at, updated_at,
        basket_version_id)
      select g.id, g.centre_id, g.point_id, g.employee_id, g.occurred_at, g.occurred_on, g.channel, g.type,
        g.service_ids::uuid[], g.institution_ids::uuid[], g.outcome, g.due_on, g.answered_at,
        case when g.answered_at is null then null else g.employee_id end, g.occurred_at, ${now}::timestamptz,
        ${basketVersionInForceSql(sql.ref('g.occurred_on'))}
      from unnest(${col('id')}::uuid[], ${col('centre_id')}::uuid[], ${col('service_point_id')}::uuid[],
        ${col('employee_id')}::uuid[], ${col('occurred_at')}::timestamptz[], ${col('occurred_on')}::date[],
        ${col('channel')}::text[], ${col('type')}::text[], ${arrays('service_ids')}::text[],
        ${arrays('institution_ids')}::text[], ${col('outcome')}::text[], ${col('due_on')}::date[],
        ${col('answered_at')}::timestamptz[])
        as g(id, centre_id, point_id, employee_id, occurred_at, occurred_on, channel, type, service_ids,
          institution_ids, outcome, due_on, answered_at)`.execute(trx);
  }
}

/** SR-21.3: the institutions' completions of forwarded applications, recorded through their systems' API. */
export async function insertCompletions(trx: Tx, rows: readonly PlannedCompletion[]): Promise<void> {
  for (const part of chunks(rows)) {
    await sql`insert into indicator_completions (contact_id, completed_on, organisation_id, recorded_via, recorded_at)
      select g.contact_id, g.completed_on, g.organisation_id, 'api',
        (g.completed_on + time '15:00') at time zone 'Europe/Riga'
      from unnest(${part.map((r) => r.contactId)}::uuid[], ${part.map((r) => r.completedOn)}::date[],
        ${part.map((r) => r.holderId)}::uuid[]) as g(contact_id, completed_on, organisation_id)`.execute(trx);
  }
}
