// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// DocumentsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface Documents {
  content: Buffer;
  created_at: Generated<Timestamp>;
  filename: string;
  id: Generated<string>;
  media_type: string;
  organisation_id: string | null;
  personal_data: Generated<boolean>;
  sha256: string;
  size: number;
  uploaded_by: string | null;
}

export interface DocumentsTables {
  documents: Documents;
}
