// A municipality's choice about Cabinet transfers. They bind state institutions and are only recommended to
// municipalities (Labour Law s.133(4)), so a municipality may keep its own calendar; deadlines it owes then use
// the calendar without transfers (organisations' calendarFor reads the flag on every call).
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { NotFoundError, StaleVersionError, ValidationError } from '../platform/errors.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { versionConflict } from '../platform/db/versions.ts';
import * as repo from './repository.ts';
import { canSetOrganisationCalendar, mayOptOut } from './policy.ts';
import { presentOrganisationCalendar } from './presenters.ts';
import type { OptOutIn } from './schemas.ts';

/** The choice is a field of the organisation: set over the version the setter read (If-Match), else a stale-version refusal. */
export async function setOrganisationCalendar(
  deps: Deps,
  organisationId: string,
  input: OptOutIn,
  expected: IfMatch,
  context: AuditContext,
) {
  const organisation = await repo.findOrganisation(deps.db, organisationId);
  // An organisation the caller does not administer does not exist for it.
  if (!organisation || !canSetOrganisationCalendar(context.actor, organisation.id)) throw new NotFoundError();
  if (!input.followsCabinetTransfers && !mayOptOut(organisation.kind)) {
    throw ValidationError.field('/followsCabinetTransfers', 'calendar_opt_out_municipality_only');
  }
  const before = presentOrganisationCalendar(organisation);
  if (organisation.follows_cabinet_transfers === input.followsCabinetTransfers) {
    // Nothing to write, but a stale If-Match is still answered as one: the caller acts on what it last saw.
    if (!expected.includes(organisation.version)) throw new StaleVersionError(organisation.version);
    return before;
  }
  return inTransaction(deps.db, async (trx) => {
    if (
      !(await repo.setFollowsCabinetTransfers(
        trx,
        organisation.id,
        input.followsCabinetTransfers,
        deps.now(),
        expected,
      ))
    )
      throw await versionConflict(trx, 'organisations', organisation.id);
    const after = presentOrganisationCalendar((await repo.findOrganisation(trx, organisation.id))!);
    await recordAudit(trx, context, {
      action: 'organisation.calendar_set',
      entityType: 'organisation',
      entityId: organisation.id,
      organisationId: organisation.id,
      before,
      after,
    });
    return after;
  });
}
