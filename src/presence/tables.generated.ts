// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// PresenceTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PresenceCentreHeads {
  centre_id: string;
  decision: string | null;
  head_name: string;
  head_surname: string;
  id: Generated<string>;
  recorded_at: Generated<Timestamp>;
  recorded_by: string | null;
  valid_from: string;
}

export interface PresenceNotices {
  centre_id: string;
  created_at: Generated<Timestamp>;
  due_on: string | null;
  effective_from: string;
  effective_until: string | null;
  entered_by: string | null;
  explanation: Json;
  hours: Json | null;
  id: Generated<string>;
  institution_id: string;
  kind: "assignment" | "hours_change" | "absence" | "substitution";
  late: Generated<boolean>;
  officer_name: string | null;
  officer_position: string | null;
  officer_surname: string | null;
  on_behalf: Generated<boolean>;
  published_at: Timestamp | null;
  published_by: string | null;
  reason: string | null;
  safety_briefed_by: string | null;
  safety_briefed_on: string | null;
  sent_at: Timestamp;
  substitute_name: string | null;
  substitute_position: string | null;
  substitute_surname: string | null;
  workplace_needs: string | null;
}

export interface PresenceTables {
  presence_centre_heads: PresenceCentreHeads;
  presence_notices: PresenceNotices;
}
