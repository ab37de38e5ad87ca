// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// ContactsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ContactIdempotency {
  caller_id: string;
  contact_id: string;
  created_at: Timestamp;
  key: string;
  request_hash: string;
  response: Json | null;
  status: number;
}

export interface ContactRollupCentreMonths {
  centre_id: string;
  channel: string;
  month: string;
  n: number;
  type: string;
}

export interface ContactRollupCentres {
  centre_id: string;
  channel: string;
  kind: string;
  n: number;
  year: number;
}

export interface ContactRollupLateChanges {
  xid: string;
  year: number;
}

export interface ContactRollupYears {
  at_centres: number;
  channel: "in_person" | "electronic" | "phone" | "post";
  eservices: number;
  service_id: string;
  written: boolean;
  year: number;
}

export interface Contacts {
  answered_at: Timestamp | null;
  answered_by: string | null;
  basket_version_id: string | null;
  centre_id: string;
  channel: "in_person" | "phone" | "email" | "e_address" | "video";
  client_code: string | null;
  client_kind: "natural_person" | "legal_person" | null;
  created_at: Timestamp;
  due_on: string | null;
  employee_id: string;
  id: string;
  institution_ids: Generated<string[]>;
  note: string | null;
  occurred_at: Timestamp;
  occurred_on: string;
  outcome: "resolved_on_spot" | "referred_to_institution" | "application_forwarded" | "callback_needed" | "answered_in_writing" | "other" | "awaiting_reply";
  service_ids: Generated<string[]>;
  service_point_id: string;
  type: "information" | "application_accepted" | "eservice_consultation" | "eservice_filed_on_behalf" | "e_address_consultation" | "documents_handed_out" | "complaint" | "question" | "suggestion";
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ContactsTables {
  contact_idempotency: ContactIdempotency;
  contact_rollup_centre_months: ContactRollupCentreMonths;
  contact_rollup_centres: ContactRollupCentres;
  contact_rollup_late_changes: ContactRollupLateChanges;
  contact_rollup_years: ContactRollupYears;
  contacts: Contacts;
}
