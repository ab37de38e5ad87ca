// Contacts loaded in bulk (the demo's generated history): arrays unnested by one statement per chunk, never one
// request per contact, so a start in demo mode stays quick on PGlite. The table's own checks and the rollups'
// triggers see them as any other insert; each row keeps the basket version in force on its day, as a registration
// does (CR-7.1).
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { basketVersionInForceSql } from '../basket/index.ts';
import type { ContactChannel, ContactOutcome, ContactType } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** Rows per statement: large enough to be quick, small enough for PGlite's memory. */
const CHUNK = 4_000;

function inChunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A contact as it is stored, written by a bulk load instead of the counter. */
export interface BulkContact {
  id: string;
  centre_id: string;
  service_point_id: string;
  employee_id: string;
  occurred_at: string;
  occurred_on: string;
  channel: ContactChannel;
  type: ContactType;
  service_ids: string[];
  institution_ids: string[];
  outcome: ContactOutcome;
  due_on: string | null;
  answered_at: string | null;
}

/** Whether the counter has registered anything yet. */
export async function hasContacts(q: Q): Promise<boolean> {
  return (await q.selectFrom('contacts').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Stores the contacts, each with the basket version in force on its day; answered ones by their employee. */
export async function insertContactsInBulk(trx: Tx, rows: readonly BulkContact[], now: Date): Promise<void> {
  for (const part of inChunks(rows)) {
    const col = <K extends keyof BulkContact>(k: K) => part.map((r) => r[k]);
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
