// Shapes of the API's answers, as its presenters define them (src/*/presenters.ts).
import type { Role } from './roles.ts';

export interface GrantSummary {
  role: Role;
  organisationId: string;
  organisationName: string;
  centreId: string | null;
  centreName: string | null;
  validUntil: string | null;
}

export interface Me {
  user: { id: string; name: string; email: string; organisationId: string; organisationName: string } | null;
  grants: GrantSummary[];
  csrfToken: string;
}

export interface GrantOut {
  id: string;
  userId: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  centreId: string | null;
  centreName: string | null;
  validFrom: string;
  validUntil: string | null;
  grantedAt: string;
  grantedByName: string | null;
  revokedAt: string | null;
  active: boolean;
}

export interface UserOut {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  position: string | null;
  organisationId: string;
  organisationName: string;
  status: 'active' | 'disabled';
  hasPassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
  /** Counts changes of the account: sent as If-Match to change it. */
  version: number;
  grants: GrantOut[];
}

export interface CentreOut {
  id: string;
  name: string;
  kind: 'county' | 'regional' | 'national' | null;
}

export interface OrganisationOut {
  id: string;
  kind: string;
  name: string;
  shortName: string | null;
  centres: CentreOut[];
}

export interface AuditEventOut {
  seq: number | string;
  id: string;
  occurredAt: string;
  actorLabel: string;
  organisationName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBroken: null | { seq: number | string; id: string; occurredAt: string; reason: string };
}

export interface MailOut {
  id: string;
  to: string;
  subject: string;
  body: string | null;
  bodyHidden: boolean;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export interface TokenOut {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  centreId: string | null;
  centreName: string | null;
  expiresAt: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdByName: string | null;
}

export interface List<T> {
  items: T[];
  total: number;
}
