// The light part of presence's face (re-exported by index.ts), imported directly by the counter (CR-20.8, CR-20.9):
// which institutions have an officer absent without a substitute at a centre on a day; and what names a notice in
// the obligations' lists. Imports no capability's index.ts.
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';

type Q = Kysely<DB> | Tx;

/**
 * The institutions whose officer is absent at the centre on the day with nobody to substitute (CR-19.3): the latest
 * absence or substitution notice covering the day is an absence. Their reception hours do not block the counter
 * (DR-26.1.11: the centre serves those clients); a substitute who receives does.
 */
export async function absentInstitutionsOn(q: Q, centreId: string, date: string): Promise<string[]> {
  const rows = await q
    .selectFrom('presence_notices')
    .select(['institution_id', 'kind'])
    .where('centre_id', '=', centreId)
    .where('kind', 'in', ['absence', 'substitution'])
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_until', 'is', null), eb('effective_until', '>=', date)]))
    .orderBy('sent_at')
    .orderBy('created_at')
    .execute();
  const latest = new Map<string, string>();
  for (const r of rows) latest.set(r.institution_id, r.kind);
  return [...latest].filter(([, kind]) => kind === 'absence').map(([id]) => id);
}

/**
 * CR-5.3, CR-6.3 from the presence recorded: for each institution, the weekdays (1 … 7) of the given days on which
 * its officer is absent at the centre without a substitute. Kind compliance takes these days off the institution's
 * weekly reception hours in the week it judges.
 */
export async function absentWeekdays(
  q: Q,
  centreId: string,
  dates: readonly string[],
): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  for (const date of dates) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
    for (const id of await absentInstitutionsOn(q, centreId, date)) {
      const set = out.get(id) ?? new Set<number>();
      set.add(weekday);
      out.set(id, set);
    }
  }
  return out;
}

/**
 * What names these notices in a list of obligations (DR-26.1.9): the kind, the institution, the centre and the first
 * day it is about; never the officer. One query for all the ids; unknown ids are left out.
 */
export function describePresenceNotices(
  q: Q,
  ids: readonly string[],
): Promise<
  {
    id: string;
    kind: string;
    centre_id: string;
    centre_name: string;
    institution_name: string;
    effective_from: string;
  }[]
> {
  if (ids.length === 0) return Promise.resolve([]);
  return q
    .selectFrom('presence_notices')
    .select([
      'presence_notices.id',
      'presence_notices.kind',
      'presence_notices.centre_id',
      'presence_notices.effective_from',
      centreNameOf('presence_notices.centre_id').as('centre_name'),
      organisationNameOf('presence_notices.institution_id').as('institution_name'),
    ])
    .where('presence_notices.id', 'in', [...ids])
    .execute();
}

/**
 * absentInstitutionsOn as an SQL fragment, a JSON array of ids, for the counter's one registration query (CR-20.8,
 * DR-26.1.11): the same rule — of the absence and substitution notices covering the day, each institution's latest
 * decides — without a round trip of its own.
 */
export function absentInstitutionIdsJson(
  centreId: Expression<unknown> | string,
  date: Expression<unknown>,
): RawBuilder<string[]> {
  return sql<string[]>`coalesce((select json_agg(pn_l.institution_id) from (
      select distinct on (pn_i.institution_id) pn_i.institution_id, pn_i.kind from presence_notices pn_i
      where pn_i.centre_id = ${centreId} and pn_i.kind in ('absence', 'substitution') and pn_i.effective_from <= ${date}
        and (pn_i.effective_until is null or pn_i.effective_until >= ${date})
      order by pn_i.institution_id, pn_i.sent_at desc, pn_i.created_at desc) pn_l
    where pn_l.kind = 'absence'), '[]')`;
}
