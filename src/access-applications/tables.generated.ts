// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// AccessApplicationsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccessApplicationEmployees {
  application_id: string;
  email: string;
  grant_id: string | null;
  id: Generated<string>;
  job_title: string;
  name: string;
  phone: string;
  position_no: number;
  revoked_grants: number | null;
  user_id: string | null;
  valid_until: string | null;
  workplace: string;
}

export interface AccessApplications {
  action: "grant" | "revoke";
  channels_confirmed: Json | null;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decided_on: string | null;
  decision_due: string;
  document_id: string;
  id: Generated<string>;
  note: string | null;
  number: string;
  onboarding_due: string | null;
  organisation_id: string;
  received_on: string;
  rejection_reason: string | null;
  signature: Json;
  status: Generated<"submitted" | "approved" | "rejected">;
  submitted_at: Timestamp;
  submitted_by: string | null;
  terms_accepted_by: string | null;
  terms_accepted_on: string | null;
}

export interface AccessApplicationsTables {
  access_application_employees: AccessApplicationEmployees;
  access_applications: AccessApplications;
}
