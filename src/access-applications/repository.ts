// SQL for access applications and their employees. No rules here: the services decide.
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { ApplicationRow, ApplicationStatus, EmployeeRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

/** The next number of the year: PT-2026-0001, PT-2026-0002 … (the unique index catches two at once). */
export async function nextNumber(trx: Tx, year: string): Promise<string> {
  const prefix = `PT-${year}-`;
  const row = await trx
    .selectFrom('access_applications')
    .select(sql<string | null>`max(number)`.as('last'))
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

export interface NewApplication {
  number: string;
  organisationId: string;
  action: ApplicationRow['action'];
  documentId: string;
  signature: unknown;
  note: string | null;
  receivedOn: string;
  decisionDue: string;
  submittedBy: string | null;
  submittedAt: Date;
}

export function insertApplication(trx: Tx, a: NewApplication): Promise<ApplicationRow> {
  return trx
    .insertInto('access_applications')
    .values({
      number: a.number,
      organisation_id: a.organisationId,
      action: a.action,
      document_id: a.documentId,
      signature: JSON.stringify(a.signature),
      note: a.note,
      received_on: a.receivedOn,
      decision_due: a.decisionDue,
      submitted_by: a.submittedBy,
      submitted_at: a.submittedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface NewEmployee {
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
  workplace: string;
  validUntil: string | null;
}

export async function insertEmployees(trx: Tx, applicationId: string, employees: NewEmployee[]): Promise<void> {
  await trx
    .insertInto('access_application_employees')
    .values(
      employees.map((e, i) => ({
        application_id: applicationId,
        position_no: i,
        name: e.name,
        email: e.email,
        phone: e.phone,
        job_title: e.jobTitle,
        workplace: e.workplace,
        valid_until: e.validUntil,
      })),
    )
    .execute();
}

function withCount(q: Q) {
  return q
    .selectFrom('access_applications as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('access_application_employees as e')
        .whereRef('e.application_id', '=', 'a.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('employee_count'),
    );
}

export type CountedRow = ApplicationRow & { employee_count: number };

export async function listApplications(
  q: Q,
  filter: { organisations: 'all' | string[]; status?: ApplicationStatus; limit: number; offset: number },
): Promise<{ rows: CountedRow[]; total: number }> {
  if (filter.organisations !== 'all' && filter.organisations.length === 0) return { rows: [], total: 0 };
  let base = withCount(q);
  if (filter.organisations !== 'all') base = base.where('a.organisation_id', 'in', filter.organisations);
  if (filter.status) base = base.where('a.status', '=', filter.status);
  const rows = await base
    // Undecided first, the earliest due first; then the newest.
    .orderBy(sql`case when a.status = 'submitted' then 0 else 1 end`)
    .orderBy(sql`case when a.status = 'submitted' then a.decision_due end`, 'asc')
    .orderBy('a.submitted_at', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  let count = q.selectFrom('access_applications as a').select(sql<number>`count(*)::int`.as('n'));
  if (filter.organisations !== 'all') count = count.where('a.organisation_id', 'in', filter.organisations);
  if (filter.status) count = count.where('a.status', '=', filter.status);
  const total = (await count.executeTakeFirst())?.n ?? 0;
  return { rows: rows as CountedRow[], total: Number(total) };
}

export async function findApplication(q: Q, id: string, lock = false): Promise<CountedRow | undefined> {
  let query = withCount(q).where('a.id', '=', id);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as CountedRow | undefined;
}

export function listEmployees(q: Q, applicationId: string): Promise<EmployeeRow[]> {
  return q
    .selectFrom('access_application_employees')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('position_no')
    .execute();
}

export function updateApplication(
  trx: Tx,
  id: string,
  changes: Partial<{
    status: ApplicationStatus;
    decision_due: string;
    decided_by: string | null;
    decided_at: Date;
    decided_on: string;
    rejection_reason: string;
    onboarding_due: string | null;
    terms_accepted_on: string;
    terms_accepted_by: string | null;
    channels_confirmed: string;
  }>,
): Promise<unknown> {
  return trx.updateTable('access_applications').set(changes).where('id', '=', id).execute();
}

export function recordEmployeeOutcome(
  trx: Tx,
  id: string,
  outcome: { userId: string | null; grantId?: string | null; revokedGrants?: number | null },
): Promise<unknown> {
  return trx
    .updateTable('access_application_employees')
    .set({
      user_id: outcome.userId,
      grant_id: outcome.grantId ?? null,
      revoked_grants: outcome.revokedGrants ?? null,
    })
    .where('id', '=', id)
    .execute();
}
