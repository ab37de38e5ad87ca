// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// OrganisationsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrganisationContacts {
  created_at: Generated<Timestamp>;
  email: string | null;
  id: Generated<string>;
  name: string;
  organisation_id: string;
  phone: string | null;
  position: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface Organisations {
  created_at: Generated<Timestamp>;
  e_address: string | null;
  email: string | null;
  follows_cabinet_transfers: Generated<boolean>;
  id: Generated<string>;
  kind: "ministry" | "maintainer" | "institution" | "holder" | "municipality" | "association";
  name: string;
  phone: string | null;
  reg_no: string | null;
  short_name: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  website: string | null;
}

export interface OrganisationsTables {
  organisation_contacts: OrganisationContacts;
  organisations: Organisations;
}
