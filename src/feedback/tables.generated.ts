// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// FeedbackTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface FeedbackCases {
  addressee: "centre" | "holder";
  addressee_org_id: string;
  answer_channel: "email" | "post" | "e_address" | "in_person" | "phone" | null;
  answer_text: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  answered_level: number | null;
  answered_on: string | null;
  centre_id: string;
  channel: "in_person" | "phone" | "email" | "e_address" | "post" | "video";
  contact_id: string | null;
  contest_subject: "employee_action" | "head_action" | "administrative_act" | null;
  created_at: Generated<Timestamp>;
  due_date: string;
  due_explanation: Json;
  due_rule: string;
  id: Generated<string>;
  kind: "complaint" | "question" | "suggestion";
  level: number;
  number: ColumnType<number, never, never>;
  received_at: Timestamp;
  received_on: string;
  registered_by: string | null;
  reply_address: string | null;
  reply_channel: "email" | "post" | "e_address" | "in_person";
  service_id: string | null;
  service_point_id: string | null;
  status: Generated<"open" | "answered">;
  submitter_name: string;
  text: string;
  updated_at: Generated<Timestamp>;
}

export interface FeedbackContestStages {
  body: "head_of_centre" | "executive_director" | "appeals_commission" | "court";
  case_id: string;
  created_at: Generated<Timestamp>;
  decided_by: string | null;
  decided_on: string | null;
  decision: "upheld" | "partly_upheld" | "rejected" | null;
  decision_text: string | null;
  grounds: string;
  id: Generated<string>;
  lodged_by: string | null;
  lodged_on: string;
  position: number;
  updated_at: Generated<Timestamp>;
}

export interface FeedbackEvents {
  actor_label: string;
  actor_user_id: string | null;
  addressee: "centre" | "holder" | null;
  addressee_org_id: string | null;
  case_id: string;
  id: Generated<string>;
  level: number | null;
  occurred_at: Timestamp;
  reason: string | null;
  seq: Generated<number>;
  type: "registered" | "routed" | "escalated" | "answered";
}

export interface FeedbackTables {
  feedback_cases: FeedbackCases;
  feedback_contest_stages: FeedbackContestStages;
  feedback_events: FeedbackEvents;
}
