// Who may add and read documents. Any logged-in person may upload (the document belongs to their
// organisation); a document is read by its organisation's people and by the network's readers — the maintainer, the
// ministry's supervisors, auditors and the committee — who see every organisation's files. Others get 404.
import { anyUser } from '../platform/access/route-policy.ts';
import { hasRole, type Actor } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';

/** Uploading and reading go through the routes for any logged-in caller; the document's scope is checked below. */
export const documentUsers = anyUser;

/** The roles that read every organisation's documents. */
export const NETWORK_READERS: readonly Role[] = ['maintainer', 'ministry_supervisor', 'auditor', 'committee_member'];

/** Whether the actor may read a document of this organisation (null: a file the system made, readers only). */
export function mayReadDocument(actor: Actor, organisationId: string | null): boolean {
  if (hasRole(actor, ...NETWORK_READERS)) return true;
  if (organisationId === null) return false;
  return actor.organisationId === organisationId || actor.grants.some((g) => g.organisationId === organisationId);
}
