// The shapes in which people, grants and sessions leave the API. No row reaches JSON without passing here.
import { Type, type Static } from 'typebox';
import { ROLES } from '../platform/access/roles.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { GrantRow } from './grants-repository.ts';
import type { TokenRow } from './tokens-repository.ts';
import type { UserRow } from './users-repository.ts';

export const RoleSchema = StringEnum(ROLES, 'Role');

export const GrantSummarySchema = Obj({
  role: RoleSchema,
  organisationId: Uuid('Organisation of the scope'),
  organisationName: Type.String({ description: 'Name of that organisation' }),
  centreId: Nullable(Uuid('Centre the scope is narrowed to, if any')),
  centreName: Nullable(Type.String({ description: 'Name of that centre' })),
  validUntil: Nullable(
    Type.String({ description: 'Last day of a fixed-term grant (YYYY-MM-DD); null when permanent' }),
  ),
});

export const MeSchema = Obj({
  user: Nullable(
    Obj({
      id: Uuid('User id'),
      name: Type.String({ description: 'Name and surname' }),
      email: Type.String({ description: 'E-mail' }),
      organisationId: Uuid('Organisation the user works for'),
      organisationName: Type.String({ description: 'Its name' }),
    }),
  ),
  grants: Type.Array(GrantSummarySchema, { description: 'Roles in force today' }),
  csrfToken: Type.String({ description: 'Send it back in the X-CSRF-Token header of every write' }),
});
export type Me = Static<typeof MeSchema>;

// ── People administration: users, their grants and API tokens ──

const Name = (description: string) => Type.String({ description });
const When = (description: string) => Type.String({ description, format: 'date-time' });
const Day = (description: string) => Type.String({ description, format: 'date' });

export const GrantSchema = Obj(
  {
    id: Uuid('Grant id'),
    userId: Uuid('User holding the role'),
    role: RoleSchema,
    organisationId: Uuid('Organisation of the scope'),
    organisationName: Name('Name of that organisation'),
    centreId: Nullable(Uuid('Centre the scope is narrowed to, if any')),
    centreName: Nullable(Name('Name of that centre')),
    validFrom: Day('First day of the grant (YYYY-MM-DD, Riga)'),
    validUntil: Nullable(Day('Last day of a fixed-term grant (YYYY-MM-DD); null when permanent')),
    grantedAt: When('When it was granted'),
    grantedByName: Nullable(Name('Who granted it; null for the system or an API token')),
    revokedAt: Nullable(When('When it was revoked; null while not revoked')),
    active: Type.Boolean({ description: 'In force today: not revoked and today (Riga) within validFrom … validUntil' }),
  },
  { description: 'A role granted to a user in a scope, for a term (AM-1.11)' },
);
export type GrantOut = Static<typeof GrantSchema>;

export const UserSchema = Obj(
  {
    id: Uuid('User id'),
    email: Name('Login e-mail, lower-case'),
    name: Name('Name and surname'),
    phone: Nullable(Name('Phone')),
    position: Nullable(Name('Position')),
    organisationId: Uuid('Organisation the user works for'),
    organisationName: Name('Its name'),
    status: StringEnum(['active', 'disabled'] as const, 'A disabled user cannot log in'),
    hasPassword: Type.Boolean({ description: 'False until the user sets a password through the invitation link' }),
    lockedUntil: Nullable(When('Locked after failed logins until then')),
    createdAt: When('When the account was created'),
    version: Type.Integer({
      description:
        'Counts changes of the account (name, phone, position, status; not logins or grants); also the ETag: send it as If-Match to change the user',
    }),
    grants: Type.Array(GrantSchema, { description: 'Every grant, active ones first' }),
  },
  { description: 'A user, never with secrets' },
);
export type UserOut = Static<typeof UserSchema>;

export const TokenSchema = Obj(
  {
    id: Uuid('Token id'),
    name: Name('What the token is for (the calling system)'),
    prefix: Name('First characters of the token, to tell tokens apart; never the secret'),
    role: RoleSchema,
    organisationId: Uuid('Organisation of the scope'),
    organisationName: Name('Name of that organisation'),
    centreId: Nullable(Uuid('Centre the scope is narrowed to, if any')),
    centreName: Nullable(Name('Name of that centre')),
    expiresAt: When('The token stops working at this instant (end of its last day in Riga)'),
    createdAt: When('When it was created'),
    lastUsedAt: Nullable(When('Last use, to the minute')),
    revokedAt: Nullable(When('When it was revoked')),
    createdByName: Nullable(Name('Who created it')),
  },
  { description: 'An API token of another system, never with its secret' },
);
export type TokenOut = Static<typeof TokenSchema>;

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

/** In force on `today` (a Riga date): the same test as the login's live grants. */
export function isActiveGrant(g: Pick<GrantRow, 'revoked_at' | 'valid_from' | 'valid_until'>, today: string): boolean {
  return g.revoked_at === null && g.valid_from <= today && (g.valid_until === null || g.valid_until >= today);
}

export function presentGrant(g: GrantRow, today: string): GrantOut {
  return {
    id: g.id,
    userId: g.user_id,
    role: g.role,
    organisationId: g.organisation_id,
    organisationName: g.organisation_name,
    centreId: g.centre_id,
    centreName: g.centre_name,
    validFrom: g.valid_from,
    validUntil: g.valid_until,
    grantedAt: iso(g.granted_at),
    grantedByName: g.granted_by_name,
    revokedAt: isoOrNull(g.revoked_at),
    active: isActiveGrant(g, today),
  };
}

/** A user without secrets (no password hash, no links); grants in force first, then the newest. */
export function presentUser(u: UserRow, grants: GrantRow[], today: string): UserOut {
  const presented = grants.map((g) => presentGrant(g, today));
  presented.sort((a, b) => Number(b.active) - Number(a.active) || b.grantedAt.localeCompare(a.grantedAt));
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    phone: u.phone,
    position: u.position,
    organisationId: u.organisation_id,
    organisationName: u.organisation_name,
    status: u.status,
    hasPassword: u.password_hash !== null,
    lockedUntil: isoOrNull(u.locked_until),
    createdAt: iso(u.created_at),
    version: u.version,
    grants: presented,
  };
}

export function presentToken(t: TokenRow): TokenOut {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    organisationId: t.organisation_id,
    organisationName: t.organisation_name,
    centreId: t.centre_id,
    centreName: t.centre_name,
    expiresAt: iso(t.expires_at),
    createdAt: iso(t.created_at),
    lastUsedAt: isoOrNull(t.last_used_at),
    revokedAt: isoOrNull(t.revoked_at),
    createdByName: t.created_by_name,
  };
}
