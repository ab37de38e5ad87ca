// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// ObligationsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ObligationRecords {
  document_id: string | null;
  done_on: string;
  note: string;
  obligation_id: string;
  recorded_at: Generated<Timestamp>;
  recorded_by: string | null;
}

export interface ObligationReminders {
  kind: "before_due" | "overdue";
  obligation_id: string;
  recipients: number;
  sent_at: Generated<Timestamp>;
}

export interface Obligations {
  cancelled_reason: string | null;
  centre_id: string | null;
  closed_by: "action" | "record" | null;
  created_at: Generated<Timestamp>;
  due_date: string;
  explanation: Json;
  fulfilled_by: string | null;
  fulfilled_on: string | null;
  id: Generated<string>;
  organisation_id: string;
  period: string | null;
  rule_id: string;
  rule_version: number;
  start_date: string;
  status: Generated<"open" | "fulfilled_on_time" | "fulfilled_late" | "cancelled">;
  subject_id: string;
  subject_type: string;
  updated_at: Generated<Timestamp>;
}

export interface ObligationsTables {
  obligation_records: ObligationRecords;
  obligation_reminders: ObligationReminders;
  obligations: Obligations;
}
