// CR-20.3: the municipality appoints the head of centre, who sees that the centre does its duties and works with the
// institutions' officers. Every appointment is kept with its first day; the head on a day is the appointment with
// the latest first day not after it. The municipality's admin records them; the centre's people, the institutions
// and the network's readers see the history; the public sees the head in office on the "who receives" page.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { coversScope } from '../platform/access/scope.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { addDays } from '../platform/time.ts';
import { findCentreById, type Centre } from '../centres/index.ts';
import { presentHeads, type HeadOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { HeadIn } from './schemas.ts';

const dayBefore = (date: string) => addDays(date, -1);

async function presenceCentre(deps: Deps, centreId: string): Promise<Centre> {
  const centre = await findCentreById(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  return centre;
}

/** The centre's heads, the latest first. */
export async function listHeads(deps: Deps, centreId: string): Promise<HeadOut[]> {
  await presenceCentre(deps, centreId);
  return presentHeads(await repo.headsOfCentres(deps.db, [centreId]), dayBefore);
}

/** The head in office on the day, if one is recorded. */
export async function headOn(deps: Deps, centreId: string, date: string): Promise<HeadOut | null> {
  const rows = await repo.headsOfCentres(deps.db, [centreId]);
  return presentHeads(rows, dayBefore).find((h) => h.from <= date) ?? null;
}

/** CR-20.3: the municipality (its admin) appoints a head from a day; an earlier head's term ends the day before. */
export async function appointHead(
  deps: Deps,
  centreId: string,
  input: HeadIn,
  context: AuditContext,
): Promise<HeadOut> {
  const centre = await presenceCentre(deps, centreId);
  if (!coversScope(context.actor, ['org_admin'], centre.municipality_id)) throw new NotFoundError();
  const year = Number(input.from.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw ValidationError.field('/from', 'presence_date_range');
  return inTransaction(deps.db, async (trx) => {
    const row = await repo.insertHead(trx, {
      centre_id: centre.id,
      head_name: input.name.trim(),
      head_surname: input.surname.trim(),
      valid_from: input.from,
      decision: input.decision?.trim() ?? null,
      recorded_by: context.actor.userId,
      recorded_at: deps.now(),
    });
    if (!row) throw new ConflictError('presence_head_day_taken', [{ field: '/from', code: 'presence_head_day_taken' }]);
    const all = presentHeads(await repo.headsOfCentres(trx, [centre.id]), dayBefore);
    const out = all.find((h) => h.id === row.id)!;
    await recordAudit(trx, context, {
      action: 'presence_head.appoint',
      entityType: 'presence_centre_head',
      entityId: row.id,
      organisationId: centre.municipality_id,
      after: out,
    });
    return out;
  });
}
