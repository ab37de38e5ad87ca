// Institutions' reception hours at a centre (CR-5.3, CR-6.3, CR-19.2): stored as versions by date. The notice
// workflow (five working days ahead, CR-19.2) comes with the officers' capability; this keeps and shows the hours.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { findOrganisation } from '../organisations/index.ts';
import { checkDate, parseDays, throwIfAny } from './input.ts';
import { loadReception } from './load.ts';
import { insertReceptionVersion } from './reception-repository.ts';
import { findCentreRow, lockCentre } from './repository.ts';
import { can } from './policy.ts';
import { presentReception, type ReceptionOut } from './presenters.ts';
import type { ReceptionIn } from './schemas.ts';

/** Institutions (CR-2.4) and other service holders (CR-2.3) may receive clients at a centre. */
const RECEIVING_KINDS = ['institution', 'holder'];

export async function setReception(
  deps: Deps,
  centreId: string,
  input: ReceptionIn,
  context: AuditContext,
): Promise<ReceptionOut[]> {
  const centre = await findCentreRow(deps.db, centreId);
  if (!centre || !can(context.actor, 'edit_reception', centre)) throw new NotFoundError();
  const institution = await findOrganisation(deps.db, input.institutionId);
  if (!institution) throw ValidationError.field('/institutionId', 'organisation_unknown');
  if (!RECEIVING_KINDS.includes(institution.kind))
    throw ValidationError.field('/institutionId', 'reception_not_institution');
  const validFrom = checkDate(input.validFrom, '/validFrom');
  const days = parseDays(input.days, '/days');
  throwIfAny(days.issues);
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    await lockCentre(trx, centreId);
    const versionsOf = async () =>
      ((await loadReception(trx, [centreId])).get(centreId) ?? []).filter((r) => r.institutionId === institution.id);
    const before = (await versionsOf()).map((r) => presentReception(r, today));
    const id = await insertReceptionVersion(
      trx,
      { centreId, institutionId: institution.id, validFrom, days: days.days, createdBy: context.actor.userId },
      deps.now(),
    );
    const after = (await versionsOf()).map((r) => presentReception(r, today));
    await recordAudit(trx, context, {
      action: 'reception_hours.set',
      entityType: 'reception_hours',
      entityId: id,
      organisationId: centre.municipality_id,
      before,
      after,
    });
    return after;
  });
}
