// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// StaffTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface StaffAbsences {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  ends_on: string;
  id: Generated<string>;
  kind: "vacation" | "sick_leave" | "training" | "business_trip";
  note: string | null;
  staff_member_id: string;
  starts_on: string;
  substitute_id: string | null;
  substitute_named_by: string | null;
}

export interface StaffMembers {
  centre_id: string;
  created_at: Generated<Timestamp>;
  employed_from: string;
  employed_until: string | null;
  id: Generated<string>;
  is_head: Generated<boolean>;
  name: string;
  position: string;
  service_point_id: string | null;
  updated_at: Generated<Timestamp>;
  user_id: string | null;
}

export interface StaffTables {
  staff_absences: StaffAbsences;
  staff_members: StaffMembers;
}
