// Who may do what with the calendar. Reading it is public (other state systems count deadlines with it); its facts
// are entered by the ministry (and the maintainer, who runs the system); a municipality's own choice about Cabinet
// transfers is made by its admin.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, managesAccessEverywhere } from '../platform/access/scope.ts';
import type { OrganisationKind } from '../organisations/index.ts';
import type { Role } from '../platform/access/roles.ts';

/** Labour Law s.133(4): the Cabinet's transfers are entered by the ministry that supervises the network. */
export const CALENDAR_EDITORS: readonly Role[] = ['ministry_supervisor', 'maintainer'];

/** Who may set an organisation's choice: the maintainer anywhere, an organisation's admin for its own. */
export const OPT_OUT_SETTERS: readonly Role[] = ['maintainer', 'org_admin'];

export function canSetOrganisationCalendar(actor: Actor, organisationId: string): boolean {
  return managesAccessEverywhere(actor) || coversScope(actor, ['org_admin'], organisationId);
}

/** Cabinet transfers bind state institutions and are only recommended to municipalities (Labour Law s.133(4)). */
export function mayOptOut(kind: OrganisationKind): boolean {
  return kind === 'municipality';
}
