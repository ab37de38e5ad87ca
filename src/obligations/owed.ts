// The duties of some rules still open across the network, each named: what another capability shows beside its own
// decision (the basket's impact lists the trainings and guidance still owed, CR-15.1, CR-15.2, DR-25.2.1, before
// the ministry records a new version). Retention periods are not owed, so they are never listed.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationsById } from '../organisations/lookups.ts';
import { type SubjectName, nameSubjects, subjectKey } from './subjects.ts';

export interface OwedDuty {
  id: string;
  ruleId: string;
  organisationId: string;
  organisationName: string;
  dueDate: string;
  overdue: boolean;
  subject: SubjectName | null;
}

/** The open duties of these rules, by due date (the oldest first); `today` is the Riga day. */
export async function openDutiesOfRules(
  q: Kysely<DB> | Tx,
  ruleIds: readonly string[],
  today: string,
): Promise<OwedDuty[]> {
  if (ruleIds.length === 0) return [];
  const rows = await q
    .selectFrom('obligations')
    .select(['id', 'rule_id', 'organisation_id', 'due_date', 'subject_type', 'subject_id'])
    .where('status', '=', 'open')
    .where('rule_id', 'in', [...ruleIds])
    .orderBy('due_date')
    .orderBy('rule_id')
    .orderBy('id')
    .execute();
  const [organisations, subjects] = await Promise.all([
    organisationsById(
      q,
      rows.map((r) => r.organisation_id),
    ),
    nameSubjects(q, rows),
  ]);
  return rows.map((r) => {
    const due = String(r.due_date);
    return {
      id: r.id,
      ruleId: r.rule_id,
      organisationId: r.organisation_id,
      organisationName: organisations.get(r.organisation_id)?.name ?? '',
      dueDate: due,
      overdue: due < today,
      subject: subjects.get(subjectKey(r.subject_type, r.subject_id)) ?? null,
    };
  });
}
