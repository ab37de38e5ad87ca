// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// BasketTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface BasketChangeRequests {
  annex_item: string | null;
  cancelled_reason: string | null;
  centres_notified: number | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  holder_id: string;
  id: Generated<string>;
  information: string | null;
  information_due: string | null;
  informed_on: string | null;
  justification: string;
  kind: "include" | "exclude" | "change";
  number: number;
  opinion: string | null;
  opinion_due: string | null;
  opinion_on: string | null;
  opinion_positive: boolean | null;
  publish_due: string | null;
  published_on: string | null;
  received_on: string;
  service_id: string | null;
  state: "awaiting_opinion" | "approved" | "rejected" | "information_sent" | "published" | "cancelled";
  title: string;
  updated_at: Generated<Timestamp>;
  version_id: string | null;
}

export interface BasketItems {
  annex_item: string;
  id: Generated<string>;
  institution_id: string | null;
  name_en: string;
  name_lv: string;
  version_id: string;
}

export interface BasketItemServices {
  item_id: string;
  service_id: string;
}

export interface BasketReviews {
  created_at: Generated<Timestamp>;
  decision: string;
  held_on: string;
  id: Generated<string>;
  new_version_id: string | null;
  organisation_id: string;
  participants: string;
  recorded_by: string | null;
}

export interface BasketVersions {
  created_at: Generated<Timestamp>;
  effective_from: string;
  id: Generated<string>;
  note: string | null;
  number: number;
  superseded_by: string | null;
}

export interface BasketTables {
  basket_change_requests: BasketChangeRequests;
  basket_item_services: BasketItemServices;
  basket_items: BasketItems;
  basket_reviews: BasketReviews;
  basket_versions: BasketVersions;
}
