// Who may do what with a holder's services. SR-8: the holder's contact person (a user holding
// institution_coordinator for the holder) and its organisation admin enter and update the descriptions; SR-5: the
// holder approves its list, so publishing and withdrawing is for its organisation admin. A maintainer everywhere.
// The ministry and auditors read everything; anyone logged in reads published services.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, managesAccessEverywhere, organisationsWith, readsNetwork } from '../platform/access/scope.ts';
import type { Role } from '../platform/access/roles.ts';

export type ServiceRight = 'edit' | 'publish' | 'verify';

const RULES: Record<ServiceRight, readonly Role[]> = {
  edit: ['org_admin', 'institution_coordinator'],
  publish: ['org_admin'],
  // SR-11: the holder checks its descriptions; the one who describes them confirms them.
  verify: ['org_admin', 'institution_coordinator'],
};

export function can(actor: Actor, right: ServiceRight, holderId: string): boolean {
  return managesAccessEverywhere(actor) || coversScope(actor, RULES[right], holderId);
}

export function rightsOf(actor: Actor, holderId: string): ServiceRight[] {
  return (Object.keys(RULES) as ServiceRight[]).filter((r) => can(actor, r, holderId));
}

/** Drafts and history before publication: the holder's people and the network's readers. */
export function readsAll(actor: Actor, holderId: string): boolean {
  return readsNetwork(actor) || can(actor, 'edit', holderId);
}

/** The holders whose every service (in any status) the caller sees; undefined: all of them. */
export function holdersInScope(actor: Actor): string[] | undefined {
  if (readsNetwork(actor)) return undefined;
  return [...organisationsWith(actor, RULES.edit)];
}
