// Who keeps a centre's staff list and who reads it, as a small rule table (conventions, point 5).
// BV-3.1, BV-3.3, BV-3.9: the head of the centre leads its staff, agrees their absences and keeps the vacation
// schedule; the municipality's admin acts for the executive director (BV-3.2: appoints the head; BV-3.4: names the
// head's deputy); a maintainer everywhere. The ministry and auditors read (the continuity overview, CR-17.11).
// Outside the caller's scope a centre answers 404, so nobody learns what exists.
import type { Actor } from '../platform/access/actor.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { readsNetwork } from '../platform/access/scope.ts';

export interface CentreScope {
  id: string;
  municipality_id: string;
}

/** Route policies: the service narrows each to the centre. */
export const staffReaders = rolesRoute('maintainer', 'ministry_supervisor', 'auditor', 'org_admin', 'centre_head');
export const staffKeepers = rolesRoute('maintainer', 'org_admin', 'centre_head');
export const networkReaders = rolesRoute('maintainer', 'ministry_supervisor', 'auditor');

/** BV-3.2, BV-3.4: the executive director's side: the municipality's admin (for the whole of it or this centre). */
export function actsForDirector(actor: Actor, centre: CentreScope): boolean {
  return actor.grants.some(
    (g) =>
      g.role === 'maintainer' ||
      (g.role === 'org_admin' &&
        g.organisationId === centre.municipality_id &&
        (g.centreId === null || g.centreId === centre.id)),
  );
}

/** BV-3.1: the head of this centre, or the director's side. */
export function keepsStaff(actor: Actor, centre: CentreScope): boolean {
  return (
    actsForDirector(actor, centre) || actor.grants.some((g) => g.role === 'centre_head' && g.centreId === centre.id)
  );
}

export function readsStaff(actor: Actor, centre: CentreScope): boolean {
  return readsNetwork(actor) || keepsStaff(actor, centre);
}
