// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// PeopleTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ApiTokens {
  centre_id: string | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  expires_at: Timestamp;
  id: Generated<string>;
  last_used_at: Timestamp | null;
  name: string;
  organisation_id: string;
  prefix: string;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  role: "maintainer" | "ministry_supervisor" | "org_admin" | "centre_head" | "centre_employee" | "institution_coordinator" | "committee_member" | "auditor";
  token_hash: string;
}

export interface LoginFailures {
  address_hash: string;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  updated_at: Timestamp;
}

export interface PasswordTokens {
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  purpose: "invite" | "reset";
  token_hash: string;
  used_at: Timestamp | null;
  user_id: string;
}

export interface RoleGrants {
  centre_id: string | null;
  granted_at: Generated<Timestamp>;
  granted_by: string | null;
  id: Generated<string>;
  organisation_id: string;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  role: "maintainer" | "ministry_supervisor" | "org_admin" | "centre_head" | "centre_employee" | "institution_coordinator" | "committee_member" | "auditor";
  user_id: string;
  valid_from: string;
  valid_until: string | null;
}

export interface Sessions {
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  ip: string | null;
  last_seen_at: Generated<Timestamp>;
  revoked_at: Timestamp | null;
  token_hash: string;
  user_agent: string | null;
  user_id: string;
}

export interface Users {
  created_at: Generated<Timestamp>;
  email: string;
  failed_logins: Generated<number>;
  id: Generated<string>;
  locked_until: Timestamp | null;
  name: string;
  organisation_id: string;
  password_changed_at: Timestamp | null;
  password_hash: string | null;
  phone: string | null;
  position: string | null;
  status: Generated<"active" | "disabled">;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface PeopleTables {
  api_tokens: ApiTokens;
  login_failures: LoginFailures;
  password_tokens: PasswordTokens;
  role_grants: RoleGrants;
  sessions: Sessions;
  users: Users;
}
