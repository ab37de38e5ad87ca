// DR-16: the ministry reviews the basket at least once a year. A recorded review (the day, who took part, the
// decision and the version it recorded, if any) fulfils the ministry's DR-16 obligation of the review's year (owner
// and subject: the ministry, period: the year) in the same transaction; the obligation is opened first if the
// recurring job has not opened it yet (opening is idempotent).
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { fulfilObligation, openObligation } from '../obligations/index.ts';
import { organisationsOfKinds } from '../organisations/lookups.ts';
import { presentReview, type ReviewOut } from './presenters.ts';
import * as repo from './repository.ts';
import * as reviews from './reviews-repository.ts';

export interface ReviewIn {
  heldOn: string;
  participants: string;
  decision: string;
  newVersionId?: string | null;
}

/** The ministry that owes DR-16: the caller's own (a ministry supervisor's grant), else the directory's ministry. */
async function ministryOf(deps: Deps, actor: Actor): Promise<string> {
  const ministries = (await organisationsOfKinds(deps.db, ['ministry'])).map((o) => o.id);
  const own = actor.grants.find((g) => g.role === 'ministry_supervisor' && ministries.includes(g.organisationId));
  const id = own?.organisationId ?? ministries[0];
  if (!id) throw new NotFoundError();
  return id;
}

export async function recordReview(deps: Deps, input: ReviewIn, context: AuditContext): Promise<ReviewOut> {
  const issues: FieldIssue[] = [];
  if (input.heldOn > rigaDate(deps.now())) issues.push({ field: '/heldOn', code: 'basket_review_future' });
  if (input.newVersionId && !(await repo.versionById(deps.db, input.newVersionId)))
    issues.push({ field: '/newVersionId', code: 'basket_version_unknown' });
  if (issues.length > 0) throw new ValidationError(issues);
  const ministry = await ministryOf(deps, context.actor);
  const year = input.heldOn.slice(0, 4);
  const id = await inTransaction(deps.db, async (trx) => {
    const id = await reviews.insertReview(trx, {
      heldOn: input.heldOn,
      participants: input.participants.trim(),
      decision: input.decision.trim(),
      newVersionId: input.newVersionId ?? null,
      organisationId: ministry,
      recordedBy: context.actor.userId,
    });
    await recordAudit(trx, context, {
      action: 'basket.review.record',
      entityType: 'basket_review',
      entityId: id,
      organisationId: ministry,
      after: { ...input, newVersionId: input.newVersionId ?? null },
    });
    const duty = { ruleId: 'DR-16', subject: { type: 'organisation' as const, id: ministry }, period: year };
    try {
      await openObligation(
        trx,
        deps,
        { ...duty, owner: { organisationId: ministry }, startDate: `${year}-01-01` },
        context,
      );
    } catch (error) {
      // DR-16 was not in force that year: there is no duty to fulfil, the review is still kept.
      if (error instanceof ValidationError) return id;
      throw error;
    }
    await fulfilObligation(trx, deps, { ...duty, owner: { organisationId: ministry }, on: input.heldOn }, context);
    return id;
  });
  return presentReview((await reviews.listReviews(deps.db, id))[0]!);
}

export async function listReviews(deps: Deps): Promise<ReviewOut[]> {
  return (await reviews.listReviews(deps.db)).map(presentReview);
}
