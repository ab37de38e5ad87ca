// Who sees a case and who may do what with it.
// - Seeing: the centre's staff (its employees and head, the municipality's admin) see their centres' cases,
//   whoever answers them; the holder's people (its admin and coordinator) see the cases routed to it (CR-19.7);
//   the ministry, auditors and the maintainer see every case. Anyone else gets 404.
// - Acting: the centre's staff register, route and escalate; SR-19: at level 2 only the head of the centre or the
//   municipality's admin answers for the centre, while for a holder its responsible people (admin, coordinator)
//   answer at either level. BV-4.2: the stages of contesting are recorded by the head of the centre or the
//   municipality's admin (the executive director's office).
// The ministry, auditors and the maintainer only read: answering a client is the answerer's business.
import type { Actor } from '../platform/access/actor.ts';
import { coversScope, readsNetwork } from '../platform/access/scope.ts';
import type { FeedbackAddressee, FeedbackKind, FeedbackStatus } from './tables.ts';
import type { Role } from '../platform/access/roles.ts';

export const STAFF_ROLES: readonly Role[] = ['centre_employee', 'centre_head', 'org_admin'];
export const LEAD_ROLES: readonly Role[] = ['centre_head', 'org_admin'];
export const HOLDER_ROLES: readonly Role[] = ['org_admin', 'institution_coordinator'];

export interface CentreRef {
  centreId: string;
  municipalityId: string;
}

export interface CaseScope extends CentreRef {
  kind: FeedbackKind;
  addressee: FeedbackAddressee;
  addresseeOrgId: string;
  level: number;
  status: FeedbackStatus;
  contested: boolean;
}

export type CaseRight = 'route' | 'escalate' | 'answer' | 'contest';

/** A grant with one of the roles over the centre: in its municipality, for the whole of it or this centre. */
function overCentre(actor: Actor, roles: readonly Role[], c: CentreRef): boolean {
  return coversScope(actor, roles, c.municipalityId, c.centreId);
}

export function isCentreStaff(actor: Actor, c: CentreRef): boolean {
  return overCentre(actor, STAFF_ROLES, c);
}

/** SR-19.2, BV-4.2.1: the head of this centre, or the municipality's admin. */
export function isCentreLead(actor: Actor, c: CentreRef): boolean {
  return overCentre(actor, LEAD_ROLES, c);
}

export function isHolderStaff(actor: Actor, organisationId: string): boolean {
  return coversScope(actor, HOLDER_ROLES, organisationId);
}

/** The holder's people see a case while it is routed to them. */
function answersAsHolder(actor: Actor, c: CaseScope): boolean {
  return c.addressee === 'holder' && isHolderStaff(actor, c.addresseeOrgId);
}

export function canSee(actor: Actor, c: CaseScope): boolean {
  return readsNetwork(actor) || isCentreStaff(actor, c) || answersAsHolder(actor, c);
}

/** Those who act on the case (and so read the submitter's contact): the centre's staff and the addressee's people. */
export function handles(actor: Actor, c: CaseScope): boolean {
  return isCentreStaff(actor, c) || answersAsHolder(actor, c);
}

function mayAnswer(actor: Actor, c: CaseScope): boolean {
  if (c.addressee === 'holder') return answersAsHolder(actor, c);
  return c.level === 2 ? isCentreLead(actor, c) : isCentreStaff(actor, c);
}

export function can(actor: Actor, right: CaseRight, c: CaseScope): boolean {
  const open = c.status === 'open';
  switch (right) {
    case 'route':
      return open && !c.contested && handles(actor, c);
    case 'escalate':
      return open && c.level === 1 && (c.addressee === 'centre' ? isCentreStaff(actor, c) : answersAsHolder(actor, c));
    case 'answer':
      return open && mayAnswer(actor, c);
    case 'contest':
      return c.kind === 'complaint' && c.addressee === 'centre' && isCentreLead(actor, c);
  }
}

export function rightsOf(actor: Actor, c: CaseScope): CaseRight[] {
  return (['route', 'escalate', 'answer', 'contest'] as const).filter((r) => can(actor, r, c));
}

/** Who the list shows: everything, or the centres and holders in the caller's grants. */
export interface ListScope {
  all: boolean;
  /** Centres covered one by one (centre-scoped grants). */
  centreIds: string[];
  /** Municipalities whose every centre is covered (grants without a centre). */
  municipalityIds: string[];
  /** Organisations whose routed cases are seen. */
  holderIds: string[];
}

export function listScope(actor: Actor): ListScope {
  if (readsNetwork(actor)) return { all: true, centreIds: [], municipalityIds: [], holderIds: [] };
  const staff = actor.grants.filter((g) => STAFF_ROLES.includes(g.role));
  return {
    all: false,
    centreIds: [...new Set(staff.filter((g) => g.centreId !== null).map((g) => g.centreId!))],
    municipalityIds: [...new Set(staff.filter((g) => g.centreId === null).map((g) => g.organisationId))],
    holderIds: [...new Set(actor.grants.filter((g) => HOLDER_ROLES.includes(g.role)).map((g) => g.organisationId))],
  };
}
