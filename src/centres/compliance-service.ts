// Kind compliance of a centre as of a date (compliance.ts holds the rules; kind-rules.json their versions).
import type { Deps } from '../db.ts';
import type { CentreKind } from './tables.ts';
import { NotFoundError } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/messages.ts';
import { rigaDate } from '../platform/time.ts';
import { evaluateCompliance, type Compliance } from './compliance.ts';
import { checkDate } from './input.ts';
import { loadCentre } from './load.ts';

export async function centreCompliance(
  deps: Deps,
  id: string,
  date: string | undefined,
  lang: Lang,
): Promise<Compliance & { centreId: string; kind: CentreKind | null }> {
  const day = checkDate(date ?? rigaDate(deps.now()), '/date');
  const centre = await loadCentre(deps.db, id);
  if (!centre) throw new NotFoundError();
  const result = evaluateCompliance(
    {
      date: day,
      kind: centre.row.kind,
      placeLevel: centre.row.place_level,
      points: centre.points,
      reception: centre.reception,
    },
    lang,
  );
  return { centreId: id, kind: centre.row.kind, ...result };
}
