// DR-25.2.1: after each change of the basket, every institution whose items it touches trains the centres' staff
// within one month. Recording a version (the ministry's editor or import, or the maintainer's DR-15.4 step) opens
// that duty for each such institution in the same transaction, its term counted from the day the version takes
// effect (or from the day it is recorded, if that is later). The training itself happens outside the system until
// the trainings capability exists, so the institution records it held (the rule is closed by a record).
// The shipped history (the seed's past versions) opens nothing: its trainings are long past.
import type { Deps, Tx } from '../db.ts';
import { openObligation } from '../obligations/index.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { rigaDate } from '../platform/time.ts';
import type { ChangesOut } from './changes.ts';

/** What a recorded version says of itself (service.ts's RecordResult). */
interface Recorded {
  version: { id: string | null; effectiveFrom: string };
  changes: ChangesOut;
}

export const TRAINING_RULE = 'DR-25.2.1';
export const VERSION_SUBJECT = 'basket_version';

/** The institutions whose items a version adds, removes, renames, moves or links to other services. */
export function institutionsTouched(changes: ChangesOut): string[] {
  const ids = new Set<string>();
  for (const i of [...changes.added, ...changes.removed]) if (i.institution) ids.add(i.institution.id);
  for (const c of changes.changed) {
    if (c.before.institution) ids.add(c.before.institution.id);
    if (c.after.institution) ids.add(c.after.institution.id);
  }
  return [...ids].sort();
}

/** Opens DR-25.2.1 for each institution the recorded version touches; returns how many. */
export async function openTrainingDuties(
  trx: Tx,
  deps: Deps,
  recorded: Recorded,
  context: AuditContext,
): Promise<number> {
  const versionId = recorded.version.id;
  if (!versionId) return 0;
  const today = rigaDate(deps.now());
  // The later of the two ISO days.
  const start = [today, recorded.version.effectiveFrom].sort()[1]!;
  const institutions = institutionsTouched(recorded.changes);
  for (const organisationId of institutions)
    await openObligation(
      trx,
      deps,
      {
        ruleId: TRAINING_RULE,
        owner: { organisationId },
        subject: { type: VERSION_SUBJECT, id: versionId },
        startDate: start,
      },
      context,
    );
  return institutions.length;
}
