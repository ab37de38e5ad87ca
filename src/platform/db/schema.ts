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
  follows_cabinet_transfers: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

export interface CalendarTransfersTable {
  id: Generated<string>;
  day_off: string;
  working_saturday: string;
  basis: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CalendarHolidaysTable {
  id: Generated<string>;
  date: string;
  name_lv: string;
  name_en: string;
  basis: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CalendarConfirmedYearsTable {
  year: number;
  basis: string;
  confirmed_by: string | null;
  confirmed_at: Timestamp;
}

export interface CentresTable {
  id: Generated<string>;
  municipality_id: string;
  name: string;
  kind: CentreKind | null;
  // 0004_directory
  place_name: Generated<string | null>;
  place_level: Generated<CentreKind | null>;
  head_user_id: Generated<string | null>;
  email: Generated<string | null>;
  phone: Generated<string | null>;
  e_address: Generated<string | null>;
  website: Generated<string | null>;
  status: Generated<CentreStatus>;
  opened_on: Generated<string | null>;
  liquidation_decided_on: Generated<string | null>;
  liquidation_basis: Generated<string | null>;
  closing_deadline: Generated<string | null>;
  closed_on: Generated<string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

export interface ServicePointsTable {
  id: Generated<string>;
  centre_id: string;
  name: string;
  address: string;
  // 0004_directory
  latitude: Generated<number | null>;
  longitude: Generated<number | null>;
  phone: Generated<string | null>;
  email: Generated<string | null>;
  position: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

// ── 0004_directory: contact persons, point functions, opening hours, exceptions, reception hours ──

export type CentreStatus = 'planned' | 'operating' | 'liquidation_decided' | 'closed';

export interface OrganisationContactsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  position: string | null;
  email: string | null;
  phone: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

export interface ServicePointFunctionsTable {
  service_point_id: string;
  function_code: string;
}

export interface OpeningSchedulesTable {
  id: Generated<string>;
  service_point_id: string;
  label: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

export interface OpeningIntervalsTable {
  schedule_id: string;
  weekday: number;
  opens_min: number;
  closes_min: number;
}

export interface ServicePointExceptionsTable {
  id: Generated<string>;
  service_point_id: string;
  starts_on: string;
  ends_on: string;
  closed: boolean;
  intervals: ColumnType<unknown, string, string>;
  reason: string;
  created_at: Timestamp;
}

export interface ReceptionSchedulesTable {
  id: Generated<string>;
  centre_id: string;
  institution_id: string;
  valid_from: string;
  valid_until: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ReceptionIntervalsTable {
  schedule_id: string;
  weekday: number;
  opens_min: number;
  closes_min: number;
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
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
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

/** Failed logins for addresses without an account (0012): the same lockout as users.failed_logins/locked_until. */
export interface LoginFailuresTable {
  address_hash: string;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  updated_at: RequiredTimestamp;
}

export interface AuditEventsTable {
  seq: Generated<number>;
  /** Made by the application: it is hashed. */
  id: string;
  /** The chain the event belongs to (org:<uuid>, system:<job>, anonymous, legacy) and its gapless position there. */
  chain_key: string;
  chain_seq: number;
  /** Which AUDIT_KEY hashed it (platform/audit/keys.ts auditKeyId), or legacy-sha256 before migration 0015. */
  key_id: string;
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

/** The last event of each audit chain; its row lock orders the chain's appends. */
export interface AuditChainHeadsTable {
  chain_key: string;
  seq: number;
  hash: string;
}

/** One anchoring of the chains' heads (append-only); digest_day when it e-mailed that day's digest. */
export interface AuditAnchorRunsTable {
  id: string;
  anchored_at: RequiredTimestamp;
  digest_day: string | null;
}

/** A chain's head as anchored by a run (append-only). */
export interface AuditAnchorsTable {
  run_id: string;
  chain_key: string;
  chain_seq: number;
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

// ── 0003_obligations: instances of the deadline rules (src/obligations/rules.ts) and their reminders ──

export type ObligationStatus = 'open' | 'fulfilled_on_time' | 'fulfilled_late' | 'cancelled';

export interface ObligationsTable {
  id: Generated<string>;
  rule_id: string;
  rule_version: number;
  organisation_id: string;
  centre_id: string | null;
  subject_type: string;
  subject_id: string;
  period: string | null;
  start_date: string;
  due_date: string;
  explanation: Json;
  status: Generated<ObligationStatus>;
  fulfilled_on: string | null;
  fulfilled_by: string | null;
  cancelled_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ObligationRemindersTable {
  obligation_id: string;
  kind: 'before_due' | 'overdue';
  sent_at: Timestamp;
  recipients: number;
}

export type ServiceStatus = 'draft' | 'published' | 'withdrawn';

export interface ServicesTable {
  id: Generated<string>;
  identifier: string;
  holder_id: string;
  external_id: string | null;
  status: Generated<ServiceStatus>;
  name_lv: string;
  last_verified_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

export interface ServiceVersionsTable {
  id: Generated<string>;
  service_id: string;
  number: number;
  content: Json;
  name_lv: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_from: NullableTimestamp;
  published_to: NullableTimestamp;
  /** Identifier, names and short descriptions, lower case without diacritics (src/catalogue/search-text.ts). */
  search_text: Generated<string>;
}

export interface ServiceLinkChecksTable {
  url: string;
  checked_at: Timestamp;
  ok: boolean;
  http_status: number | null;
  error: string | null;
}

// ── 0010_service_law_changes: SR-11, a law change the description is to be updated for (src/catalogue/law-changes.ts) ──

export interface ServiceLawChangesTable {
  id: Generated<string>;
  service_id: string;
  title: string;
  url: string | null;
  effective_on: string;
  recorded_by: string | null;
  recorded_by_label: string;
  recorded_at: RequiredTimestamp;
}

export type CatalogueImportStatus = 'running' | 'done' | 'failed';

export interface CatalogueImportsTable {
  id: Generated<string>;
  holder_id: string;
  created_by: string | null;
  format: 'json' | 'jsonld';
  dry_run: boolean;
  publish: Generated<boolean>;
  status: CatalogueImportStatus;
  total: number;
  processed: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  unchanged_count: Generated<number>;
  failed_count: Generated<number>;
  errors: Json;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
  /** 0016_instances: the instance writing the import, and until when its lease holds (renewed while it runs). */
  lease_owner: string | null;
  lease_until: NullableTimestamp;
}

// ── 0016_instances: the shared login rate limit and the background jobs' runs ──

export interface RateLimitHitsTable {
  key_hash: string;
  hits: number;
  window_ends_at: RequiredTimestamp;
}

export type JobRunState = 'running' | 'completed' | 'failed';

export interface JobStatusTable {
  name: string;
  last_started_at: RequiredTimestamp;
  last_finished_at: NullableTimestamp;
  last_state: JobRunState;
  last_instance: string;
  runs: Generated<number>;
  failures: Generated<number>;
}

export interface JobFailuresTable {
  id: Generated<string>;
  name: string;
  started_at: RequiredTimestamp;
  failed_at: RequiredTimestamp;
  attempt: number;
  message: string;
  instance: string;
}

// ── 0009_authorised_eservices: AM-1.1, AM-1.5, DR-27 … DR-29 (src/eservices/) ──

export type EserviceStatus = 'in_progress' | 'completed' | 'cancelled';
export type EserviceStep =
  | 'identity'
  | 'portal_identification'
  | 'data_use_informed'
  | 'authorisation_signed'
  | 'filed'
  | 'completion_time_told'
  | 'delivery'
  | 'result_told'
  | 'completed';
export type IdentityDocumentType = 'passport' | 'id_card' | 'residence_permit';
export type EidMeans = 'eid_card' | 'eparaksts_mobile';
export type DeliveryChannel = 'e_address' | 'post' | 'in_person';

export interface AuthorisedEservicesTable {
  id: Generated<string>;
  centre_id: string;
  service_id: string;
  service_version_id: string;
  started_by: string | null;
  started_at: RequiredTimestamp;
  status: Generated<EserviceStatus>;
  document_type: Generated<IdentityDocumentType | null>;
  eid_means: Generated<EidMeans | null>;
  centre_copy_archived: Generated<boolean>;
  archive_reference: Generated<string | null>;
  filed_on: Generated<string | null>;
  planned_completion_on: Generated<string | null>;
  delivery_channel: Generated<DeliveryChannel | null>;
  result_asked: Generated<boolean | null>;
  result_told_on: Generated<string | null>;
  completed_on: Generated<string | null>;
  completed_at: NullableTimestamp;
  personal_data_removed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  // 0011_eservice_cancel: cancelled (by staff, or as abandoned by the retention job: cancelled_by null).
  cancelled_on: Generated<string | null>;
  cancelled_at: NullableTimestamp;
  cancelled_by: Generated<string | null>;
  cancel_reason: Generated<string | null>;
}

export interface AuthorisedEserviceStepsTable {
  eservice_id: string;
  step: EserviceStep;
  position: number;
  done_at: RequiredTimestamp;
  done_by: string | null;
}

export interface AuthorisedEserviceClientsTable {
  eservice_id: string;
  name: string;
  personal_code: string;
  document_number: string;
  document_valid_until: string;
  postal_address: Generated<string | null>;
  filing_reference: Generated<string | null>;
}

// ── 0007_contacts: contacts registered at the counter (src/contacts/) ──

export type ContactChannel = 'in_person' | 'phone' | 'email' | 'e_address' | 'video';
export type ContactType =
  | 'information'
  | 'application_accepted'
  | 'eservice_consultation'
  | 'eservice_filed_on_behalf'
  | 'e_address_consultation'
  | 'documents_handed_out'
  | 'complaint'
  | 'question'
  | 'suggestion';
export type ContactOutcome =
  | 'resolved_on_spot'
  | 'referred_to_institution'
  | 'application_forwarded'
  | 'callback_needed'
  | 'answered_in_writing'
  | 'other';
export type ClientKind = 'natural_person' | 'legal_person';

export interface ContactsTable {
  id: string;
  centre_id: string;
  service_point_id: string;
  employee_id: string;
  occurred_at: RequiredTimestamp;
  occurred_on: string;
  channel: ContactChannel;
  type: ContactType;
  service_ids: ColumnType<string[], string[], string[]>;
  institution_ids: ColumnType<string[], string[], string[]>;
  outcome: ContactOutcome;
  client_kind: ClientKind | null;
  client_code: string | null;
  note: string | null;
  due_on: string | null;
  answered_at: NullableTimestamp;
  answered_by: string | null;
  created_at: RequiredTimestamp;
  updated_at: RequiredTimestamp;
  /** 0014_versions: counted up by every change; the ETag a PUT/PATCH/DELETE names in If-Match. */
  version: Generated<number>;
}

export interface ContactIdempotencyTable {
  caller_id: string;
  key: string;
  request_hash: string;
  contact_id: string;
  status: number;
  response: Json;
  created_at: RequiredTimestamp;
}

// ── 0008_feedback: complaints, questions and suggestions (src/feedback/) ──

export type FeedbackKind = 'complaint' | 'question' | 'suggestion';
export type FeedbackChannel = 'in_person' | 'phone' | 'email' | 'e_address' | 'post' | 'video';
export type FeedbackReplyChannel = 'email' | 'post' | 'e_address' | 'in_person';
export type FeedbackAnswerChannel = 'email' | 'post' | 'e_address' | 'in_person' | 'phone';
export type FeedbackAddressee = 'centre' | 'holder';
export type FeedbackStatus = 'open' | 'answered';
export type ContestSubject = 'employee_action' | 'head_action' | 'administrative_act';
export type ContestBody = 'head_of_centre' | 'executive_director' | 'appeals_commission' | 'court';
export type ContestDecision = 'upheld' | 'partly_upheld' | 'rejected';

export interface FeedbackCasesTable {
  id: Generated<string>;
  number: ColumnType<number, never, never>;
  kind: FeedbackKind;
  centre_id: string;
  service_point_id: string | null;
  service_id: string | null;
  contact_id: string | null;
  channel: FeedbackChannel;
  received_at: RequiredTimestamp;
  received_on: string;
  submitter_name: string;
  reply_channel: FeedbackReplyChannel;
  reply_address: string | null;
  text: string;
  addressee: FeedbackAddressee;
  addressee_org_id: string;
  level: number;
  status: Generated<FeedbackStatus>;
  due_date: string;
  due_rule: string;
  due_explanation: Json;
  answer_text: string | null;
  answer_channel: FeedbackAnswerChannel | null;
  answered_on: string | null;
  answered_at: NullableTimestamp;
  answered_by: string | null;
  answered_level: number | null;
  contest_subject: ContestSubject | null;
  registered_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FeedbackEventsTable {
  id: Generated<string>;
  seq: Generated<number>;
  case_id: string;
  type: 'registered' | 'routed' | 'escalated' | 'answered';
  occurred_at: RequiredTimestamp;
  actor_user_id: string | null;
  actor_label: string;
  addressee: FeedbackAddressee | null;
  addressee_org_id: string | null;
  level: number | null;
  reason: string | null;
}

export interface FeedbackContestStagesTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  body: ContestBody;
  lodged_on: string;
  grounds: string;
  decision: ContestDecision | null;
  decision_text: string | null;
  decided_on: string | null;
  lodged_by: string | null;
  decided_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  login_failures: LoginFailuresTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  audit_anchor_runs: AuditAnchorRunsTable;
  audit_anchors: AuditAnchorsTable;
  mail_outbox: MailOutboxTable;
  obligations: ObligationsTable;
  obligation_reminders: ObligationRemindersTable;
  calendar_transfers: CalendarTransfersTable;
  calendar_holidays: CalendarHolidaysTable;
  calendar_confirmed_years: CalendarConfirmedYearsTable;
  organisation_contacts: OrganisationContactsTable;
  service_point_functions: ServicePointFunctionsTable;
  opening_schedules: OpeningSchedulesTable;
  opening_intervals: OpeningIntervalsTable;
  service_point_exceptions: ServicePointExceptionsTable;
  reception_schedules: ReceptionSchedulesTable;
  reception_intervals: ReceptionIntervalsTable;
  services: ServicesTable;
  service_versions: ServiceVersionsTable;
  service_link_checks: ServiceLinkChecksTable;
  service_law_changes: ServiceLawChangesTable;
  catalogue_imports: CatalogueImportsTable;
  rate_limit_hits: RateLimitHitsTable;
  job_status: JobStatusTable;
  job_failures: JobFailuresTable;
  authorised_eservices: AuthorisedEservicesTable;
  authorised_eservice_steps: AuthorisedEserviceStepsTable;
  authorised_eservice_clients: AuthorisedEserviceClientsTable;
  contacts: ContactsTable;
  contact_idempotency: ContactIdempotencyTable;
  feedback_cases: FeedbackCasesTable;
  feedback_events: FeedbackEventsTable;
  feedback_contest_stages: FeedbackContestStagesTable;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type Centre = Selectable<CentresTable>;
export type ServicePoint = Selectable<ServicePointsTable>;
export type OrganisationContact = Selectable<OrganisationContactsTable>;
export type User = Selectable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoleGrant = Selectable<RoleGrantsTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type MailMessage = Selectable<MailOutboxTable>;
export type ObligationRow = Selectable<ObligationsTable>;
