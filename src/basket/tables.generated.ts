// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// BasketTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

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
  basket_item_services: BasketItemServices;
  basket_items: BasketItems;
  basket_reviews: BasketReviews;
  basket_versions: BasketVersions;
}
