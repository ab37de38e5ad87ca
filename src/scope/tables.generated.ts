// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// ScopeTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CentreScopeEntries {
  basis: "CR-7.2" | "CR-7.3";
  centre_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  ended_at: Timestamp | null;
  ended_by: string | null;
  id: Generated<string>;
  note: string | null;
  service_id: string;
  valid_from: string;
  valid_until: string | null;
}

export interface ScopeTables {
  centre_scope_entries: CentreScopeEntries;
}
