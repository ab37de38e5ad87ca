// Who may see proposals and take which step (the steps' parties are in machine.ts).
// - Seeing: every logged-in role of the network (proposals are the network's common business: the ministry gathers,
//   holders and centres answer, the committee decides).
// - Acting: the proposer's and the holder's people (org_admin, institution_coordinator of that organisation), the
//   ministry (ministry_supervisor), a centre's head or its municipality's admin for the centre.
import type { Actor } from '../platform/access/actor.ts';
import { rolesRoute, anyUser } from '../platform/access/route-policy.ts';
import type { Role } from '../platform/access/roles.ts';
import { coversScope, organisationsWith } from '../platform/access/scope.ts';
import { STEPS, type Action, type Party } from './machine.ts';
import type { ProposalRow } from './tables.ts';

/** The people who speak for an organisation in proposals (CR-12: its letter; CR-15: the holder's training). */
export const ORGANISATION_ROLES: readonly Role[] = ['org_admin', 'institution_coordinator'];
export const CENTRE_ROLES: readonly Role[] = ['org_admin', 'centre_head'];
export const MINISTRY_ROLES: readonly Role[] = ['ministry_supervisor'];

/** Reading: any logged-in user. */
export const proposalReaders = anyUser;
/** Filing, the holder's steps and withdrawing: an organisation's people. */
export const organisationActors = rolesRoute('org_admin', 'institution_coordinator');
/** CR-13.2, CR-14.2: the ministry prepares the information. */
export const ministryActors = rolesRoute('ministry_supervisor');
/** CR-15.1: the training is recorded by the holder or the ministry that organised it. */
export const trainingActors = rolesRoute('org_admin', 'institution_coordinator', 'ministry_supervisor');
/** A centre's answer and its start: its head or its municipality's admin. */
export const centreActors = rolesRoute('org_admin', 'centre_head');

export interface CentreRef {
  centreId: string;
  municipalityId: string;
}

export function speaksFor(actor: Actor, organisationId: string): boolean {
  return coversScope(actor, ORGANISATION_ROLES, organisationId);
}

export function actsForCentre(actor: Actor, c: CentreRef): boolean {
  return coversScope(actor, CENTRE_ROLES, c.municipalityId, c.centreId);
}

export function isMinistry(actor: Actor): boolean {
  return actor.grants.some((g) => MINISTRY_ROLES.includes(g.role));
}

/** Whether the caller is one of the parties (a centre party: any centre of theirs; the service narrows it). */
export function isParty(actor: Actor, party: Party, p: Pick<ProposalRow, 'proposer_id' | 'holder_id'>): boolean {
  switch (party) {
    case 'proposer':
      return speaksFor(actor, p.proposer_id);
    case 'holder':
      return speaksFor(actor, p.holder_id);
    case 'ministry':
      return isMinistry(actor);
    case 'centre':
      return actor.grants.some((g) => CENTRE_ROLES.includes(g.role));
    case 'committee':
      return false;
  }
}

/** The organisations the caller may file for. */
export function filingOrganisations(actor: Actor): Set<string> {
  return organisationsWith(actor, ORGANISATION_ROLES);
}

/** Whether the caller is one of the parties of the step (the state machine's "who"). */
export function isPartyAction(
  actor: Actor,
  action: Action,
  p: Pick<ProposalRow, 'proposer_id' | 'holder_id'>,
): boolean {
  return STEPS[action].by.some((party) => isParty(actor, party, p));
}
