// Kind compliance of a centre as of a date (compliance.ts holds the rules; kind-rules.json their versions).
import type { Deps } from '../db.ts';
import type { CentreKind } from './tables.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/messages.ts';
import { rigaDate } from '../platform/time.ts';
import { evaluateCompliance, type Compliance } from './compliance.ts';
import { checkDate } from './input.ts';
import { loadCentre } from './load.ts';
import { weekOf } from './hours.ts';
import { absentWeekdays } from '../presence/lookups.ts';
import { inForce } from './kind-rules.ts';
import { basketComplianceCheck } from '../scope/lookups.ts';
import { facilitiesOf, facilityChecks } from './facilities.ts';

export async function centreCompliance(
  deps: Deps,
  id: string,
  date: string | undefined,
  lang: Lang,
): Promise<Compliance & { centreId: string; kind: CentreKind | null }> {
  const day = checkDate(date ?? rigaDate(deps.now()), '/date');
  const centre = await loadCentre(deps.db, id);
  if (!centre) throw new NotFoundError();
  const absent = await absentWeekdays(deps.db, id, weekOf(day));
  const result = evaluateCompliance(
    {
      date: day,
      kind: centre.row.kind,
      placeLevel: centre.row.place_level,
      points: centre.points,
      // CR-5.3, CR-6.3: the week's recorded absences without a substitute taken off the reception hours (presence).
      reception: centre.reception.map((r) => ({
        ...r,
        days: Object.fromEntries(
          Object.entries(r.days).filter(([weekday]) => !absent.get(r.institutionId)?.has(Number(weekday))),
        ),
      })),
    },
    lang,
  );
  // CR-4.2, CR-5.2, CR-6.2: the centre's scope holds the minimal basket (the scope's answer; at a regional or
  // national centre the items of institutions receiving clients there on the day are theirs).
  if (centre.row.kind !== null) {
    const receiving = new Set(
      centre.reception
        .filter((r) => inForce(r, day) && Object.values(r.days).some((d) => (d ?? []).length > 0))
        .map((r) => r.institutionId),
    );
    const basket = await basketComplianceCheck(
      deps.db,
      { kind: centre.row.kind, date: day, receivingInstitutionIds: receiving },
      lang,
    );
    result.checks.push(basket);
    result.compliant = result.compliant && basket.passed;
  }
  // CR-17.5, CR-17.6, CR-17.7: the facilities every centre provides, whatever its kind.
  const facilities = facilityChecks(facilitiesOf(centre.row), lang);
  result.checks.push(...facilities);
  result.compliant = result.compliant && facilities.every((c) => c.passed);
  return { centreId: id, kind: centre.row.kind, ...result };
}
