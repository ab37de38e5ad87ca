// Who applies for access and who decides (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2). An organisation's admin
// applies for its own organisation (a municipality, an institution or a holder) and confirms the terms afterwards;
// the ministry (its supervisors) or the maintainer decides. Others see nothing (403 at the route, 404 per record).
import type { Actor } from '../platform/access/actor.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { organisationsWith } from '../platform/access/scope.ts';
import type { OrganisationKind } from '../organisations/index.ts';

/** AM-1.4: the kinds of organisation that apply (pašvaldība, iestāde, pakalpojuma turētājs). */
export const APPLICANT_KINDS: readonly OrganisationKind[] = ['municipality', 'institution', 'holder'];

/** Reading and applying: the organisations' admins; deciding: the ministry and the maintainer. */
export const applicationReaders = rolesRoute('org_admin', 'ministry_supervisor', 'maintainer');
export const applicants = rolesRoute('org_admin');
export const deciders = rolesRoute('ministry_supervisor', 'maintainer');

export function decidesApplications(actor: Actor): boolean {
  return actor.kind === 'user' && actor.grants.some((g) => g.role === 'ministry_supervisor' || g.role === 'maintainer');
}

/** The organisations whose applications the caller files and sees (as their admin). */
export function applicantOrganisations(actor: Actor): Set<string> {
  return actor.kind === 'user' ? organisationsWith(actor, ['org_admin']) : new Set();
}

/** Whether the caller sees the application: its decider, or an admin of the applying organisation. */
export function maySeeApplication(actor: Actor, organisationId: string): boolean {
  return decidesApplications(actor) || applicantOrganisations(actor).has(organisationId);
}
