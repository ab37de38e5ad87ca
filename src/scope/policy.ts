// Who may see and change a centre's scope (CR-7). Its services are public facts (the public centre page lists them);
// the municipality runs its centres (CR-4 … CR-6), so its organisation admin keeps the entries of CR-7.2 and CR-7.3
// for its centres (all of them, or the one its grant names), and the maintainer keeps the directory.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope } from '../platform/access/scope.ts';
import { anyUser, publicRoute, rolesRoute } from '../platform/access/route-policy.ts';

/** The scope on a day and its changes: public. */
export const scopeReaders = publicRoute;
/** The entries with their notes: anyone logged in. */
export const entryReaders = anyUser;
/** Route level: who may try to change a scope (the service then checks the centre). */
export const scopeEditors = rolesRoute('maintainer', 'org_admin');

/** The maintainer anywhere; the municipality's admin for its centres. */
export function canManageScope(actor: Actor, centre: { id: string; municipality_id: string }): boolean {
  return (
    actor.grants.some((g) => g.role === 'maintainer') ||
    coversScope(actor, ['org_admin'], centre.municipality_id, centre.id)
  );
}
