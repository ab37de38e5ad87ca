// Who may change an organisation's directory entry (DR-20.1). A maintainer keeps the directory: it adds
// organisations and changes what identifies them. An organisation's own admin (AM-1.11) keeps its remote contact
// channels (DR-21.2, DR-22.2: the organisation gives them itself) and its contact persons.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, managesAccessEverywhere } from '../platform/access/scope.ts';

/** Fields that say which body this is: only a maintainer changes them. */
export const IDENTITY_FIELDS = ['kind', 'name', 'shortName', 'regNo'] as const;

export function canCreateOrganisation(actor: Actor): boolean {
  return managesAccessEverywhere(actor);
}

/** The organisation's channels and contact persons; outside this scope the organisation answers 404 to writes. */
export function canEditOrganisation(actor: Actor, organisationId: string): boolean {
  return managesAccessEverywhere(actor) || coversScope(actor, ['org_admin'], organisationId);
}

export function canEditIdentity(actor: Actor): boolean {
  return managesAccessEverywhere(actor);
}
