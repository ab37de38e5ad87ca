// The committee's light reads others may import: the CR-9 associations' organisations and the meetings held in a year.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import * as repo from './repository.ts';

type Q = Kysely<DB> | Tx;

/** The organisations of the associations CR-9 names, by key (lps, llpa, raca). */
export function committeeAssociations(q: Q): Promise<Map<string, string>> {
  return repo.associationIds(q);
}

/** How many committee meetings were held in the year (CR-11). */
export function committeeMeetingsHeldIn(q: Q, year: string): Promise<number> {
  return repo.heldInYear(q, year);
}
