import type { Selectable } from 'kysely';
import type { BasketTables } from './tables.generated.ts';

// Tables owned by the basket: its versions, their items and the items' catalogue services, the DR-16 reviews and the
// DR-15 change requests.
export const ownTables = [
  'basket_versions',
  'basket_items',
  'basket_item_services',
  'basket_reviews',
  'basket_change_requests',
] as const;

// Row types of these tables, derived from the generated ones (the SQL is the truth).
export type BasketVersionRow = Selectable<BasketTables['basket_versions']>;
export type BasketItemRow = Selectable<BasketTables['basket_items']>;
export type ChangeRequestRow = Selectable<BasketTables['basket_change_requests']>;
