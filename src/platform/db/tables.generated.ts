// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// PlatformTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AuditAnchorRuns {
  anchored_at: Timestamp;
  digest_day: string | null;
  id: string;
}

export interface AuditAnchors {
  chain_key: string;
  chain_seq: number;
  hash: string;
  run_id: string;
}

export interface AuditChainHeads {
  chain_key: string;
  hash: string;
  seq: number;
}

export interface AuditEvents {
  action: string;
  actor_label: string;
  actor_token_id: string | null;
  actor_user_id: string | null;
  after: Json | null;
  before: Json | null;
  chain_key: string;
  chain_seq: number;
  entity_id: string | null;
  entity_type: string;
  hash: string;
  id: string;
  ip: string | null;
  key_id: string;
  occurred_at: Timestamp;
  organisation_id: string | null;
  prev_hash: string;
  request_id: string | null;
  seq: Generated<number>;
}

export interface CalendarConfirmedYears {
  basis: string;
  confirmed_at: Generated<Timestamp>;
  confirmed_by: string | null;
  year: number;
}

export interface CalendarHolidays {
  basis: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  date: string;
  id: Generated<string>;
  name_en: string;
  name_lv: string;
}

export interface CalendarTransfers {
  basis: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  day_off: string;
  id: Generated<string>;
  working_saturday: string;
}

export interface JobFailures {
  attempt: number;
  failed_at: Timestamp;
  id: Generated<string>;
  instance: string;
  message: string;
  name: string;
  started_at: Timestamp;
}

export interface JobStatus {
  failures: Generated<number>;
  last_finished_at: Timestamp | null;
  last_instance: string;
  last_started_at: Timestamp;
  last_state: "running" | "completed" | "failed";
  name: string;
  runs: Generated<number>;
}

export interface MailOutbox {
  attempts: Generated<number>;
  body_text: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  last_error: string | null;
  next_attempt_at: Generated<Timestamp>;
  sent_at: Timestamp | null;
  status: Generated<"pending" | "sending" | "sent" | "failed">;
  subject: string;
  to_address: string;
}

export interface RateLimitHits {
  hits: number;
  key_hash: string;
  window_ends_at: Timestamp;
}

export interface PlatformTables {
  audit_anchor_runs: AuditAnchorRuns;
  audit_anchors: AuditAnchors;
  audit_chain_heads: AuditChainHeads;
  audit_events: AuditEvents;
  calendar_confirmed_years: CalendarConfirmedYears;
  calendar_holidays: CalendarHolidays;
  calendar_transfers: CalendarTransfers;
  job_failures: JobFailures;
  job_status: JobStatus;
  mail_outbox: MailOutbox;
  rate_limit_hits: RateLimitHits;
}
