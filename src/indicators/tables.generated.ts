// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// IndicatorsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface IndicatorChannelCounts {
  applications: number;
  channel: "in_person" | "electronic" | "phone" | "post";
  complaints: number;
  delayed: number;
  extras: Generated<Json>;
  holder_id: string;
  id: Generated<string>;
  period_from: string;
  period_to: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
  service_id: string;
  source: "ui" | "api";
}

export interface IndicatorCompletions {
  completed_on: string;
  contact_id: string;
  organisation_id: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_via: "ui" | "api";
}

export interface IndicatorEvaluations {
  accessibility_measures: string;
  holder_id: string;
  process_improvements: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_on: string;
  service_list_changes: string;
  year: number;
}

export interface IndicatorPublications {
  change_note: string | null;
  content_hash: string;
  holder_id: string;
  id: Generated<string>;
  published_at: Timestamp;
  published_by: string | null;
  published_on: string;
  rows: Json;
  version: number;
  year: number;
}

export interface IndicatorRequests {
  answer_note: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  holder_id: string;
  id: Generated<string>;
  note: string | null;
  requested_at: Timestamp;
  requested_by: string | null;
  year: number;
}

export interface IndicatorsTables {
  indicator_channel_counts: IndicatorChannelCounts;
  indicator_completions: IndicatorCompletions;
  indicator_evaluations: IndicatorEvaluations;
  indicator_publications: IndicatorPublications;
  indicator_requests: IndicatorRequests;
}
