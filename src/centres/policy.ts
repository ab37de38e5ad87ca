// Who may change a centre, as a small rule table (conventions, point 5). A maintainer everywhere; the municipality's
// organisation admin its own centres (CR-4 … CR-6: the municipality runs them); the head of centre (CR-20.3) its own
// centre's contacts, points and reception hours. Reading is for everybody logged in (public facts, DR-20.1).
import type { Actor } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';
import { actionsFrom, type CentreAction } from './lifecycle.ts';
import type { CentreStatus } from './tables.ts';

export type CentreRight = 'edit_details' | 'edit_contacts' | 'edit_points' | 'edit_reception' | 'transition';

const RULES: Record<CentreRight, readonly Role[]> = {
  edit_details: ['maintainer', 'org_admin'],
  edit_contacts: ['maintainer', 'org_admin', 'centre_head'],
  edit_points: ['maintainer', 'org_admin', 'centre_head'],
  edit_reception: ['maintainer', 'org_admin', 'centre_head'],
  transition: ['maintainer', 'org_admin'],
};

export interface CentreScope {
  id: string;
  municipality_id: string;
}

/** Whether one of the caller's grants gives the role over this centre. */
function holds(actor: Actor, role: Role, centre: CentreScope): boolean {
  return actor.grants.some((g) => {
    if (g.role !== role) return false;
    if (role === 'maintainer') return true;
    if (role === 'centre_head') return g.centreId === centre.id;
    return g.organisationId === centre.municipality_id && (g.centreId === null || g.centreId === centre.id);
  });
}

export function can(actor: Actor, right: CentreRight, centre: CentreScope): boolean {
  return RULES[right].some((role) => holds(actor, role, centre));
}

export function rightsOf(actor: Actor, centre: CentreScope): CentreRight[] {
  return (Object.keys(RULES) as CentreRight[]).filter((right) => can(actor, right, centre));
}

/** Any right at all: without one, a write to the centre answers 404. */
export function canChangeAnything(actor: Actor, centre: CentreScope): boolean {
  return rightsOf(actor, centre).length > 0;
}

/** A new centre: a maintainer anywhere, an organisation admin in its own municipality. */
export function canCreateCentreIn(actor: Actor, municipalityId: string): boolean {
  return actor.grants.some(
    (g) =>
      g.role === 'maintainer' || (g.role === 'org_admin' && g.organisationId === municipalityId && g.centreId === null),
  );
}

/** The lifecycle steps the caller may take now (DR-13's guard is checked when the step is taken). */
export function actionsFor(actor: Actor, centre: CentreScope & { status: CentreStatus }): CentreAction[] {
  return can(actor, 'transition', centre) ? actionsFrom(centre.status) : [];
}
