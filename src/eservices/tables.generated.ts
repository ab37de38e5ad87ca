// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// EservicesTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AuthorisedEserviceClients {
  document_number: string;
  document_valid_until: string;
  eservice_id: string;
  filing_reference: string | null;
  name: string;
  personal_code: string;
  postal_address: string | null;
}

export interface AuthorisedEservices {
  archive_reference: string | null;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  cancelled_on: string | null;
  centre_copy_archived: Generated<boolean>;
  centre_id: string;
  completed_at: Timestamp | null;
  completed_on: string | null;
  created_at: Generated<Timestamp>;
  delivery_channel: "e_address" | "post" | "in_person" | null;
  document_type: "passport" | "id_card" | "residence_permit" | null;
  eid_means: "eid_card" | "eparaksts_mobile" | null;
  filed_on: string | null;
  id: Generated<string>;
  personal_data_removed_at: Timestamp | null;
  planned_completion_on: string | null;
  result_asked: boolean | null;
  result_told_on: string | null;
  service_id: string;
  service_version_id: string;
  started_at: Timestamp;
  started_by: string | null;
  status: Generated<"in_progress" | "completed" | "cancelled">;
  updated_at: Generated<Timestamp>;
}

export interface AuthorisedEserviceSteps {
  done_at: Timestamp;
  done_by: string | null;
  eservice_id: string;
  position: number;
  step: "identity" | "portal_identification" | "data_use_informed" | "authorisation_signed" | "filed" | "completion_time_told" | "delivery" | "result_told" | "completed";
}

export interface EservicesTables {
  authorised_eservice_clients: AuthorisedEserviceClients;
  authorised_eservice_steps: AuthorisedEserviceSteps;
  authorised_eservices: AuthorisedEservices;
}
