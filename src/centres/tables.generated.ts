// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// CentresTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Json = ColumnType<unknown, string, string>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface Centres {
  closed_on: string | null;
  closing_deadline: string | null;
  created_at: Generated<Timestamp>;
  e_address: string | null;
  email: string | null;
  free_wifi: boolean | null;
  head_user_id: string | null;
  id: Generated<string>;
  ip_telephony: boolean | null;
  kind: "county" | "regional" | "national" | null;
  liquidation_basis: string | null;
  liquidation_decided_on: string | null;
  municipality_id: string;
  name: string;
  opened_on: string | null;
  phone: string | null;
  place_level: "county" | "regional" | "national" | null;
  place_name: string | null;
  public_computer: boolean | null;
  status: Generated<"planned" | "operating" | "liquidation_decided" | "closed">;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  website: string | null;
}

export interface OpeningIntervals {
  closes_min: number;
  opens_min: number;
  schedule_id: string;
  weekday: number;
}

export interface OpeningSchedules {
  id: Generated<string>;
  label: string | null;
  service_point_id: string;
  valid_from: string | null;
  valid_until: string | null;
}

export interface ReceptionIntervals {
  closes_min: number;
  opens_min: number;
  schedule_id: string;
  weekday: number;
}

export interface ReceptionSchedules {
  centre_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  id: Generated<string>;
  institution_id: string;
  valid_from: string;
  valid_until: string | null;
}

export interface ServicePointExceptions {
  closed: boolean;
  created_at: Generated<Timestamp>;
  ends_on: string;
  id: Generated<string>;
  intervals: Generated<Json>;
  reason: string;
  service_point_id: string;
  starts_on: string;
}

export interface ServicePointFunctions {
  function_code: string;
  service_point_id: string;
}

export interface ServicePoints {
  address: string;
  centre_id: string;
  created_at: Generated<Timestamp>;
  email: string | null;
  id: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  name: string;
  phone: string | null;
  position: Generated<number>;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface CentresTables {
  centres: Centres;
  opening_intervals: OpeningIntervals;
  opening_schedules: OpeningSchedules;
  reception_intervals: ReceptionIntervals;
  reception_schedules: ReceptionSchedules;
  service_point_exceptions: ServicePointExceptions;
  service_point_functions: ServicePointFunctions;
  service_points: ServicePoints;
}
