// Kysely's view of the tables, kept by hand beside the numbered SQL migrations (the SQL is the truth).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

export type OrganisationKind = 'ministry' | 'maintainer' | 'institution' | 'holder' | 'municipality';
export type CentreKind = 'county' | 'regional' | 'national';

export const ROLES = [
  'maintainer',
  'ministry_supervisor',
  'org_admin',
  'centre_head',
  'centre_employee',
  'institution_coordinator',
  'committee_member',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export interface OrganisationsTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  short_name: string | null;
  reg_no: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  e_address: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CentresTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  kind: CentreKind | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServicePointsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  address: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  position: string | null;
  organisation_id: string;
  password_hash: string | null;
  status: Generated<'active' | 'disabled'>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  organisation_id: string;
  centre_id: string | null;
  valid_from: string;
  valid_until: string | null;
  granted_by: string | null;
  granted_at: Timestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: RequiredTimestamp;
  ip: string | null;
  user_agent: string | null;
  revoked_at: NullableTimestamp;
}

export interface PasswordTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'invite' | 'reset';
  expires_at: RequiredTimestamp;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  prefix: string;
  token_hash: string;
  role: Role;
  organisation_id: string;
  centre_id: string | null;
  expires_at: RequiredTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  id: Generated<string>;
  occurred_at: RequiredTimestamp;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface DB {
  organisations: OrganisationsTable;
  centres: CentresTable;
  service_points: ServicePointsTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  password_tokens: PasswordTokensTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type Centre = Selectable<CentresTable>;
export type User = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoleGrant = Selectable<RoleGrantsTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type MailMessage = Selectable<MailOutboxTable>;
