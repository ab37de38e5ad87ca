// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// CatalogueTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CatalogueImports {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  created_count: Generated<number>;
  dry_run: boolean;
  errors: Generated<Json>;
  failed_count: Generated<number>;
  finished_at: Timestamp | null;
  format: "json" | "jsonld";
  holder_id: string;
  id: Generated<string>;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  processed: Generated<number>;
  publish: Generated<boolean>;
  status: "running" | "done" | "failed";
  total: number;
  unchanged_count: Generated<number>;
  updated_count: Generated<number>;
}

export interface ServiceLawChanges {
  effective_on: string;
  id: Generated<string>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_label: string;
  service_id: string;
  title: string;
  url: string | null;
}

export interface ServiceLinkChecks {
  checked_at: Timestamp;
  error: string | null;
  http_status: number | null;
  ok: boolean;
  url: string;
}

export interface Services {
  created_at: Generated<Timestamp>;
  external_id: string | null;
  holder_id: string;
  id: Generated<string>;
  identifier: string;
  last_verified_on: string | null;
  name_lv: string;
  search_stamp: Generated<number>;
  search_xid: Generated<string>;
  status: Generated<"draft" | "published" | "withdrawn">;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface ServiceVersions {
  content: Json;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  id: Generated<string>;
  name_lv: string;
  number: number;
  published_from: Timestamp | null;
  published_to: Timestamp | null;
  search_text: Generated<string>;
  service_id: string;
  updated_at: Generated<Timestamp>;
}

export interface CatalogueTables {
  catalogue_imports: CatalogueImports;
  service_law_changes: ServiceLawChanges;
  service_link_checks: ServiceLinkChecks;
  service_versions: ServiceVersions;
  services: Services;
}
