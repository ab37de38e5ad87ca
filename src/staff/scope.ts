// The one access check every staff call begins with: the centre, if the caller may read (or keep) its staff;
// otherwise 404, the same answer as for a centre that does not exist. And the period a check covers.
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { findCentreById, type Centre } from '../centres/lookups.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { keepsStaff, readsStaff } from './policy.ts';
import type { RangeIn } from './schemas.ts';

export async function centreFor(deps: Deps, actor: Actor, id: string, write: boolean): Promise<Centre> {
  const centre = await findCentreById(deps.db, id);
  if (!centre || !(write ? keepsStaff(actor, centre) : readsStaff(actor, centre))) throw new NotFoundError();
  return centre;
}

/** The longest period one check covers: a quarter, enough for the vacation schedule's next months. */
export const MAX_DAYS = 92;
/** Without `to`: four weeks ahead, "the coming weeks". */
const DEFAULT_DAYS = 28;

export function rangeOf(deps: Deps, query: RangeIn): { from: string; to: string } {
  const from = query.from ?? rigaDate(deps.now());
  const to = query.to ?? addDays(from, DEFAULT_DAYS - 1);
  if (to < from) throw ValidationError.query('/to', 'field_date_order');
  if (addDays(from, MAX_DAYS - 1) < to) throw ValidationError.query('/to', 'staff_range_too_long', { limit: MAX_DAYS });
  return { from, to };
}
