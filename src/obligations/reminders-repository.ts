// SQL for reminders: which open obligations may need one, who should get it, and the record that one was sent.
import { sql } from 'kysely';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationEmailOf, organisationNameOf } from '../organisations/lookups.ts';
import { roleHolderEmails } from '../people/lookups.ts';
import type { Tx } from '../db.ts';
import type { ObligationRow } from './tables.ts';

export type ReminderKind = 'before_due' | 'overdue';

export type Candidate = ObligationRow & {
  organisation_name: string;
  organisation_email: string | null;
  centre_name: string | null;
};

/**
 * Open obligations due by `horizon` still missing the reminder their date calls for: an overdue one without its
 * overdue reminder, or a not-yet-due one without its before-due reminder. Earliest due first.
 */
export function reminderCandidates(
  trx: Tx,
  f: { today: string; horizon: string; retentionRuleIds: readonly string[]; limit: number },
): Promise<Candidate[]> {
  const sent = (kind: ReminderKind) =>
    sql<boolean>`exists (select 1 from obligation_reminders r where r.obligation_id = obligations.id and r.kind = ${kind})`;
  let query = trx
    .selectFrom('obligations')
    .selectAll('obligations')
    .select([
      organisationNameOf('obligations.organisation_id').as('organisation_name'),
      organisationEmailOf('obligations.organisation_id').as('organisation_email'),
      centreNameOf('obligations.centre_id').$castTo<string | null>().as('centre_name'),
    ])
    .where('obligations.status', '=', 'open')
    .where('obligations.due_date', '<=', f.horizon)
    .where((eb) =>
      eb.or([
        eb.and([eb('obligations.due_date', '<', f.today), eb.not(sent('overdue'))]),
        eb.and([eb('obligations.due_date', '>=', f.today), eb.not(sent('before_due'))]),
      ]),
    );
  if (f.retentionRuleIds.length > 0) query = query.where('obligations.rule_id', 'not in', [...f.retentionRuleIds]);
  return query.orderBy('obligations.due_date').orderBy('obligations.id').limit(f.limit).execute();
}

/**
 * Addresses of the people who answer for a duty: the heads of the centre for a centre's duty, otherwise (or when
 * the centre has none) the organisation's administrators — active users whose grant is in force on `today`.
 */
export async function responsibleEmails(
  trx: Tx,
  o: { organisationId: string; centreId: string | null; today: string },
): Promise<string[]> {
  const holders = (role: 'centre_head' | 'org_admin', centreId: string | null) =>
    roleHolderEmails(trx, { role, organisationId: o.organisationId, centreId, today: o.today });
  if (o.centreId !== null) {
    const heads = await holders('centre_head', o.centreId);
    if (heads.length > 0) return heads;
  }
  return holders('org_admin', null);
}

/** Records a reminder; false when one of this kind exists already (another run sent it). */
export async function recordReminder(
  trx: Tx,
  r: { obligationId: string; kind: ReminderKind; recipients: number; now: Date },
): Promise<boolean> {
  const row = await trx
    .insertInto('obligation_reminders')
    .values({ obligation_id: r.obligationId, kind: r.kind, recipients: r.recipients, sent_at: r.now })
    .onConflict((oc) => oc.columns(['obligation_id', 'kind']).doNothing())
    .returning('obligation_id')
    .executeTakeFirst();
  return row !== undefined;
}
