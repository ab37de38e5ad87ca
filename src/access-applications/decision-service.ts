// Deciding an access application (DR-20.2) and the organisation's confirmation afterwards (DR-21.2, DR-22.2).
// Approval grants or revokes the listed employees' admin access (people's public face), sends each new person a
// set-password link to the address in the application, fulfils DR-20.2 and — for a grant — opens the organisation's
// duty to identify itself, accept the cooperation terms and give its remote channels (municipality 10, institution 5
// working days; a holder owes neither rule). All of it in one transaction with its audit events.
import type { Deps, Tx } from '../db.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { fulfilObligation, openObligation } from '../obligations/index.ts';
import { organisationCardsById, organisationKind } from '../organisations/index.ts';
import { grantAdminByApplication, revokeAdminByApplication } from '../people/index.ts';
import { applicantOrganisations, decidesApplications } from './policy.ts';
import type { ApplicationDetail, Channels } from './presenters.ts';
import * as repo from './repository.ts';
import type { DecisionIn } from './schemas.ts';
import { loadDetail, subjectOf } from './service.ts';

/** DR-21.2 for a municipality, DR-22.2 for an institution; a holder owes neither. */
async function onboardingRule(trx: Tx, organisationId: string): Promise<string | null> {
  const kind = await organisationKind(trx, organisationId);
  if (kind === 'municipality') return 'DR-21.2';
  if (kind === 'institution') return 'DR-22.2';
  return null;
}

async function openForDecision(trx: Tx, context: AuditContext, id: string): Promise<repo.CountedRow> {
  if (!decidesApplications(context.actor)) throw new NotFoundError();
  const row = await repo.findApplication(trx, id, true);
  if (!row) throw new NotFoundError();
  if (row.status !== 'submitted') throw new ConflictError('access_application_decided');
  return row;
}

/** DR-20.2: the decision — approval or rejection with a reason. */
export function decideApplication(
  deps: Deps,
  id: string,
  input: DecisionIn,
  context: AuditContext,
): Promise<ApplicationDetail> {
  return input.decision === 'approve'
    ? approveApplication(deps, id, context)
    : rejectApplication(deps, id, input, context);
}

/** DR-20.2: approves — grants (or revokes) the access, sends the links, fulfils the duty, opens DR-21.2 / DR-22.2. */
async function approveApplication(deps: Deps, id: string, context: AuditContext): Promise<ApplicationDetail> {
  const today = rigaDate(deps.now());
  await inTransaction(deps.db, async (trx) => {
    const row = await openForDecision(trx, context, id);
    const employees = await repo.listEmployees(trx, id);
    for (const [i, e] of employees.entries()) {
      if (row.action === 'grant') {
        const done = await grantAdminByApplication(trx, deps, context, {
          organisationId: row.organisation_id,
          name: e.name,
          email: e.email,
          phone: e.phone,
          position: e.job_title,
          validUntil: e.valid_until,
          field: `/employees/${i}`,
        });
        await repo.recordEmployeeOutcome(trx, e.id, { userId: done.userId, grantId: done.grantId });
      } else {
        const done = await revokeAdminByApplication(trx, deps, context, {
          organisationId: row.organisation_id,
          email: e.email,
        });
        await repo.recordEmployeeOutcome(trx, e.id, { userId: done.userId, revokedGrants: done.revoked });
      }
    }
    await fulfilObligation(trx, deps, { ruleId: 'DR-20.2', subject: subjectOf(id), on: today }, context);
    const rule = row.action === 'grant' ? await onboardingRule(trx, row.organisation_id) : null;
    const duty = rule
      ? await openObligation(
          trx,
          deps,
          { ruleId: rule, owner: { organisationId: row.organisation_id }, subject: subjectOf(id), startDate: today },
          context,
        )
      : null;
    await repo.updateApplication(trx, id, {
      status: 'approved',
      decided_by: context.actor.userId,
      decided_at: deps.now(),
      decided_on: today,
      onboarding_due: duty?.due_date ?? null,
    });
    await recordAudit(trx, context, {
      action: 'access_application.approve',
      entityType: 'access_application',
      entityId: id,
      organisationId: row.organisation_id,
      before: { status: row.status },
      after: { status: 'approved', action: row.action, employees: employees.length, onboardingRule: rule },
    });
  });
  return loadDetail(deps, context.actor, id);
}

/** DR-20.2: rejects with a reason the applicant sees; the duty is fulfilled (the application is decided). */
async function rejectApplication(
  deps: Deps,
  id: string,
  input: DecisionIn,
  context: AuditContext,
): Promise<ApplicationDetail> {
  const today = rigaDate(deps.now());
  const reason = input.reason?.trim() ?? '';
  if (reason === '') throw ValidationError.field('/reason', 'field_required');
  await inTransaction(deps.db, async (trx) => {
    const row = await openForDecision(trx, context, id);
    await fulfilObligation(trx, deps, { ruleId: 'DR-20.2', subject: subjectOf(id), on: today }, context);
    await repo.updateApplication(trx, id, {
      status: 'rejected',
      decided_by: context.actor.userId,
      decided_at: deps.now(),
      decided_on: today,
      rejection_reason: reason,
    });
    await recordAudit(trx, context, {
      action: 'access_application.reject',
      entityType: 'access_application',
      entityId: id,
      organisationId: row.organisation_id,
      before: { status: row.status },
      after: { status: 'rejected', reason },
    });
  });
  return loadDetail(deps, context.actor, id);
}

/**
 * DR-21.2, DR-22.2: the organisation's admin — identified by logging in with the access just granted — accepts the
 * cooperation terms and confirms the organisation's remote channels (kept in its organisation record). Fulfils the
 * duty the approval opened; the channels as confirmed are kept with the application.
 */
export async function confirmOnboarding(deps: Deps, id: string, context: AuditContext): Promise<ApplicationDetail> {
  const today = rigaDate(deps.now());
  await inTransaction(deps.db, async (trx) => {
    const row = await repo.findApplication(trx, id, true);
    if (!row || !applicantOrganisations(context.actor).has(row.organisation_id)) throw new NotFoundError();
    if (row.status !== 'approved' || row.action !== 'grant') throw new ConflictError('access_application_not_granted');
    if (row.terms_accepted_on !== null) throw new ConflictError('access_application_confirmed');
    const card = (await organisationCardsById(trx, [row.organisation_id])).get(row.organisation_id);
    const channels: Channels = {
      email: card?.email ?? null,
      phone: card?.phone ?? null,
      eAddress: card?.e_address ?? null,
      website: card?.website ?? null,
    };
    if (!channels.email && !channels.phone && !channels.eAddress)
      throw ValidationError.field('/channelsConfirmed', 'access_application_channels_missing');
    await repo.updateApplication(trx, id, {
      terms_accepted_on: today,
      terms_accepted_by: context.actor.userId,
      channels_confirmed: JSON.stringify(channels),
    });
    const rule = await onboardingRule(trx, row.organisation_id);
    if (rule) await fulfilObligation(trx, deps, { ruleId: rule, subject: subjectOf(id), on: today }, context);
    await recordAudit(trx, context, {
      action: 'access_application.confirm',
      entityType: 'access_application',
      entityId: id,
      organisationId: row.organisation_id,
      after: { termsAcceptedOn: today, channels },
    });
  });
  return loadDetail(deps, context.actor, id);
}
