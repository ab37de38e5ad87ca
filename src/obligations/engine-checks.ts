// The engine's checks of who owes a duty, what it is about and which period it is for. Each names the field of the
// engine's input that is wrong, so a capability that passes its own request through gets a 400 naming the field.
import type { OrganisationKind } from '../organisations/index.ts';
import { ValidationError } from '../platform/errors.ts';
import type * as repo from './repository.ts';
import type { ObligationRule, OwnerKind } from './rule-model.ts';
import { parsePeriod, type Period } from './periods.ts';
import { isSubjectType, type SubjectType } from './subjects.ts';

export interface Owner {
  organisationId: string;
  /** For a centre's duty: the centre (of the organisation, a municipality). */
  centreId?: string | null;
}

export interface Subject {
  /** Kind of record the duty is about: one of the registry's (subjects.ts), which names it on the dashboards. */
  type: SubjectType;
  id: string;
}

/** The committee sits at the ministry (CR-9): its duties are owed by the ministry's organisation. */
const ORGANISATION_KIND_OF: Partial<Record<OwnerKind, OrganisationKind>> = {
  ministry: 'ministry',
  maintainer: 'maintainer',
  institution: 'institution',
  holder: 'holder',
  municipality: 'municipality',
  committee: 'ministry',
};

export function checkSubject(subject: Subject): void {
  if (!/^[a-z][a-z_]{0,49}$/.test(subject.type)) throw ValidationError.field('/subject/type', 'field_pattern');
  // A type nobody names would reach the dashboards as a bare id: every type has its describer in the registry.
  if (!isSubjectType(subject.type)) throw ValidationError.field('/subject/type', 'obligation_subject_unknown');
  if (subject.id.length < 1 || subject.id.length > 200)
    throw ValidationError.field('/subject/id', 'field_too_long', { limit: 200 });
}

/**
 * Checks that the owner may owe the rule, by its facts (repository.ownerFacts); returns the centre (null when the
 * organisation owes it as a whole).
 */
export function checkOwner(rule: ObligationRule, owner: Owner, facts: repo.OwnerFacts): string | null {
  const kind = facts.kind;
  if (!kind) throw ValidationError.field('/owner/organisationId', 'organisation_unknown');
  const centreId = owner.centreId ?? null;
  if (centreId !== null) {
    const municipality = facts.centreMunicipalityId;
    if (!municipality) throw ValidationError.field('/owner/centreId', 'centre_unknown');
    if (municipality !== owner.organisationId)
      throw ValidationError.field('/owner/centreId', 'centre_not_in_organisation');
  }
  const asOrganisation = rule.owedBy.some((k) => ORGANISATION_KIND_OF[k] === kind);
  const asCentre = centreId !== null && rule.owedBy.includes('centre');
  if (asOrganisation || asCentre) return centreId;
  if (rule.owedBy.includes('centre') && kind === 'municipality')
    throw ValidationError.field('/owner/centreId', 'centre_required');
  throw ValidationError.field('/owner/organisationId', 'obligation_owner_kind', { kinds: rule.owedBy.join(', ') });
}

/** A recurring rule needs one of its periods; any other rule takes none. */
export function resolvePeriod(rule: ObligationRule, key: string | null): Period | null {
  if (!rule.recurrence) {
    if (key !== null) throw ValidationError.field('/period', 'obligation_period_invalid');
    return null;
  }
  const period = key === null ? undefined : parsePeriod(rule.recurrence, key);
  if (!period) throw ValidationError.field('/period', 'obligation_period_invalid');
  return period;
}
