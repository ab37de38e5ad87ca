import type { Selectable, Updateable } from 'kysely';
import type { PeopleTables } from './tables.generated.ts';
import type { Role } from '../platform/access/roles.ts';

// Tables owned by people: accounts, roles, sessions and their credentials.
export const ownTables = [
  'users',
  'role_grants',
  'sessions',
  'password_tokens',
  'api_tokens',
  'login_failures',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type User = Selectable<PeopleTables['users']>;
export type UserUpdate = Updateable<PeopleTables['users']>;
export type RoleGrant = Selectable<PeopleTables['role_grants']>;
export type ApiToken = Selectable<PeopleTables['api_tokens']>;

// The role columns hold exactly the platform's roles (platform/access/roles.ts): a check that fails when they part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatch: [Same<RoleGrant['role'], Role>, Same<ApiToken['role'], Role>] = [true, true];
void rolesMatch;
