// Changing the catalogue: registering a service (SR-9), editing its draft (SR-8), publishing and withdrawing it
// (SR-5), and the quarterly verification (SR-11). Each write checks the scope first (not found outside it, invalid for a
// holder outside it when registering), runs in one transaction with its audit event.
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { ServiceStatus } from './tables.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, NotFoundError, RefusedByRuleError, ValidationError } from '../platform/errors.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation } from '../organisations/index.ts';
import { fulfilObligation } from '../obligations/index.ts';
import { isBasketServiceOn } from '../basket/lookups.ts';
import type { ServiceContentIn } from './content.ts';
import { organisationsNamed, validContent } from './content-rules.ts';
import { nextIdentifier } from './identifier.ts';
import { transition } from './lifecycle.ts';
import { can, type ServiceRight } from './policy.ts';
import type { ServiceDetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import { auditView, serviceDetail } from './service.ts';
import type { CreateServiceIn, TransitionIn } from './schemas.ts';
import { quarterOf } from './verification.ts';

const HOLDER_KINDS = ['institution', 'holder', 'municipality'];

async function checkedContent(deps: Deps, content: ServiceContentIn, holderId: string): Promise<ServiceContentIn> {
  const organisations = await repo.organisationKinds(deps.db, organisationsNamed(content));
  return validContent(content, holderId, organisations);
}

/** The service if the caller holds the right over its holder; not found otherwise. */
async function inScope(deps: Deps, context: AuditContext, id: string, right: ServiceRight): Promise<repo.ServiceRow> {
  const row = await repo.findService(deps.db, id);
  if (!row || !can(context.actor, right, row.holder_id)) throw new NotFoundError();
  return row;
}

async function audited(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  id: string,
  holderId: string,
  action: string,
  change: () => Promise<void>,
): Promise<ServiceDetailOut> {
  const today = rigaDate(deps.now());
  const before = await serviceDetail(trx, context.actor, id, today);
  await change();
  const after = (await serviceDetail(trx, context.actor, id, today))!;
  await recordAudit(trx, context, {
    action,
    entityType: 'service',
    entityId: id,
    organisationId: holderId,
    ...(before ? { before: auditView(before) } : {}),
    after: auditView(after),
  });
  return after;
}

/** SR-9: registering a service gives it the next identifier; it starts as a draft (version 1). */
export async function createService(
  deps: Deps,
  input: CreateServiceIn,
  context: AuditContext,
): Promise<ServiceDetailOut> {
  const { holderId, externalId, ...content } = input;
  const holder = await findOrganisation(deps.db, holderId);
  if (!holder) throw ValidationError.field('/holderId', 'organisation_unknown');
  if (!HOLDER_KINDS.includes(holder.kind)) throw ValidationError.field('/holderId', 'service_holder_kind');
  if (!can(context.actor, 'edit', holder.id)) throw ValidationError.field('/holderId', 'service_holder_not_yours');
  const stored = await checkedContent(deps, content, holder.id);
  try {
    return await inTransaction(deps.db, async (trx) => {
      const identifier = await nextIdentifier(trx);
      const id = await repo.insertService(
        trx,
        { identifier, holder_id: holder.id, external_id: externalId?.trim() || null, name_lv: stored.name.lv },
        deps.now(),
      );
      return audited(trx, deps, context, id, holder.id, 'service.create', () =>
        repo.insertVersion(
          trx,
          { service_id: id, content: stored, name_lv: stored.name.lv, created_by: context.actor.userId },
          deps.now(),
        ),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error) && error.constraint === 'services_holder_external_id')
      throw new ConflictError('service_external_id_taken', [
        { field: '/externalId', code: 'service_external_id_taken' },
      ]);
    throw error;
  }
}

/**
 * SR-8: replaces the draft; editing a published (or withdrawn) service starts a new draft version. Only over the
 * version the editor read (If-Match): of two people editing one draft, the second gets a stale-version refusal, not a silent overwrite.
 */
export async function replaceDraft(
  deps: Deps,
  id: string,
  content: ServiceContentIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<ServiceDetailOut> {
  const row = await inScope(deps, context, id, 'edit');
  const stored = await checkedContent(deps, content, row.holder_id);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockService(trx, id);
    return audited(trx, deps, context, id, row.holder_id, 'service.update_draft', async () => {
      if (!(await repo.updateService(trx, id, { name_lv: stored.name.lv }, deps.now(), expected)))
        throw await versionConflict(trx, 'services', id);
      const draft = await repo.findDraft(trx, id);
      if (draft) await repo.updateDraft(trx, draft.id, stored, stored.name.lv, deps.now());
      else
        await repo.insertVersion(
          trx,
          { service_id: id, content: stored, name_lv: stored.name.lv, created_by: context.actor.userId },
          deps.now(),
        );
    });
  });
}

/** SR-5: the holder's admin publishes (the draft becomes the version in force) or withdraws. */
export async function transitionService(
  deps: Deps,
  id: string,
  input: TransitionIn,
  context: AuditContext,
): Promise<ServiceDetailOut> {
  const row = await inScope(deps, context, id, 'publish');
  return inTransaction(deps.db, async (trx) => {
    await repo.lockService(trx, id);
    // Read again under the lock: another step may have happened since.
    const current = (await repo.findService(trx, id))!;
    const draft = await repo.findDraft(trx, id);
    // CR-16: whether the basket in force today holds it (only withdrawing asks).
    const inBasket = input.to === 'withdrawn' && (await isBasketServiceOn(trx, id, rigaDate(deps.now())));
    const result = transition({ status: current.status as ServiceStatus, hasDraft: !!draft, inBasket }, input.to);
    if (!result.ok) {
      const { code, field, kind } = result.refusal;
      if (kind === 'refused_by_rule') throw new RefusedByRuleError(code, { rule: 'CR-16' }, [{ field, code }]);
      throw new ConflictError(code, [{ field, code }], { to: input.to, status: current.status });
    }
    const action = input.to === 'published' ? 'service.publish' : 'service.withdraw';
    return audited(trx, deps, context, id, row.holder_id, action, async () => {
      const now = deps.now();
      const inForce = await repo.findCurrent(trx, id);
      // Every published version stays; the one in force ends when the next begins or the service is withdrawn.
      if (inForce) await repo.setPublication(trx, inForce.id, { published_to: now });
      if (input.to === 'published') await repo.setPublication(trx, draft!.id, { published_from: now });
      await repo.updateService(trx, id, { status: result.next }, now);
    });
  });
}

/**
 * SR-11: the holder confirms the description for the current quarter. When every published service of the holder
 * is confirmed in the quarter, the holder's SR-11 obligation for it (opened by obligations/recurring.ts with the
 * holder as owner and subject, period YYYY-Qn) is fulfilled; a holder without one (e.g. a municipality) has none.
 */
export async function verifyService(deps: Deps, id: string, context: AuditContext): Promise<ServiceDetailOut> {
  const row = await inScope(deps, context, id, 'verify');
  if (row.status === 'withdrawn')
    throw new ConflictError('service_withdrawn', [{ field: '/id', code: 'service_withdrawn', in: 'path' }]);
  const today = rigaDate(deps.now());
  const quarter = quarterOf(today);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockService(trx, id);
    const after = await audited(trx, deps, context, id, row.holder_id, 'service.verify', async () => {
      await repo.updateService(trx, id, { last_verified_on: today }, deps.now());
    });
    if ((await repo.unverifiedPublished(trx, row.holder_id, quarter.first)) === 0) {
      const subject = { type: 'organisation' as const, id: row.holder_id };
      try {
        await fulfilObligation(
          trx,
          deps,
          { ruleId: 'SR-11', subject, owner: { organisationId: row.holder_id }, period: quarter.key, on: today },
          context,
        );
      } catch (error) {
        // No SR-11 obligation is open for this holder and quarter: nothing to fulfil.
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    return after;
  });
}
