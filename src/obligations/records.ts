// Closing every duty: where the action that fulfils a duty happens outside the system (CR-17.16's and
// SR-24's satisfaction surveys, CR-18.1's yearly training), the organisation that owes it records it done with its
// evidence — the day, a note, optionally a stored document. The record fulfils the obligation through the engine in
// the same transaction and is audited. A duty that an action in a capability closes (a committee meeting held for
// CR-11, a published year for SR-22) refuses a record: nobody ticks off "committee met" by hand.
import type { Actor } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';
import { coversScope } from '../platform/access/scope.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { Deps } from '../db.ts';
import { checkDocuments } from '../documents/index.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import { fulfilRow } from './engine.ts';
import { lvDate } from './format.ts';
import { parsePeriod } from './periods.ts';
import { canSeeObligationsOf } from './policy.ts';
import type { ObligationOut } from './presenters.ts';
import { ruleById } from './rules.ts';
import { getObligation } from './service.ts';

/** Who answers for an organisation's duties: its administrator, its coordinator, a centre's head for the centre's. */
export const RECORDERS: readonly Role[] = [
  'org_admin',
  'institution_coordinator',
  'centre_head',
  'ministry_supervisor',
];

export interface RecordIn {
  doneOn: string;
  note: string;
  documentId?: string | null | undefined;
}

const NOTE_LIMIT = 2000;

export async function recordDone(
  deps: Deps,
  actor: Actor,
  id: string,
  input: RecordIn,
  context: AuditContext,
): Promise<ObligationOut> {
  const today = rigaDate(deps.now());
  if (!isIsoDate(input.doneOn)) throw ValidationError.field('/doneOn', 'field_format', { format: 'date' });
  if (input.doneOn > today) throw ValidationError.field('/doneOn', 'field_date_future');
  const note = input.note.trim();
  if (note.length === 0) throw ValidationError.field('/note', 'field_required');
  if (note.length > NOTE_LIMIT) throw ValidationError.field('/note', 'field_too_long', { limit: NOTE_LIMIT });

  await inTransaction(deps.db, async (trx) => {
    const open = await trx.selectFrom('obligations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    // Outside the caller's scope the obligation does not exist for them; inside it, only who answers for it records.
    if (!open || !canSeeObligationsOf(actor, open.organisation_id)) throw new NotFoundError();
    if (!coversScope(actor, RECORDERS, open.organisation_id, open.centre_id)) throw new ForbiddenError();
    const rule = ruleById(open.rule_id);
    if (rule?.closedBy?.by !== 'record') {
      const action = rule?.closedBy?.by === 'action' ? rule.closedBy.actionLv : (rule?.fulfilledByLv ?? '');
      throw new ConflictError('obligation_closed_by_action', [], { rule: open.rule_id, action });
    }
    if (open.status !== 'open') throw new ConflictError('obligation_not_open', [], { rule: open.rule_id });
    // The duty of a period is done within it (or, for one that reports on a period, after it began).
    const period = rule.recurrence && open.period ? parsePeriod(rule.recurrence, open.period) : undefined;
    const earliest = period && rule.recurrence?.clockStarts === 'period_start' ? period.first : open.start_date;
    if (input.doneOn < earliest)
      throw ValidationError.field('/doneOn', 'obligation_record_before_period', { date: lvDate(earliest) });
    await checkDocuments(trx, [input.documentId], ['/documentId']);

    await trx
      .insertInto('obligation_records')
      .values({
        obligation_id: open.id,
        done_on: input.doneOn,
        note,
        document_id: input.documentId ?? null,
        recorded_by: actor.userId,
        recorded_at: deps.now(),
      })
      .execute();
    await recordAudit(trx, context, {
      action: 'obligation.record',
      entityType: 'obligation',
      entityId: open.id,
      organisationId: open.organisation_id,
      after: {
        ruleId: open.rule_id,
        period: open.period,
        doneOn: input.doneOn,
        note,
        documentId: input.documentId ?? null,
      },
    });
    await fulfilRow(trx, deps, rule, open, input.doneOn, 'record', context);
  });
  return getObligation(deps, actor, id);
}
