// Who sees which obligations. An organisation's people — anyone holding a grant in it, whatever the role or
// centre — see its obligations (they are the ones who answer for them); the network-wide readers (ministry
// supervisor, auditor, maintainer) see every organisation's. Outside that scope a list is empty and a record 404.
import type { Actor } from '../platform/access/actor.ts';
import { readsNetwork } from '../platform/access/scope.ts';

export function obligationScope(actor: Actor): 'all' | string[] {
  if (readsNetwork(actor)) return 'all';
  return [...new Set(actor.grants.map((g) => g.organisationId))];
}

export function canSeeObligationsOf(actor: Actor, organisationId: string): boolean {
  const scope = obligationScope(actor);
  return scope === 'all' || scope.includes(organisationId);
}
