// Shapes of the obligations API's answers, derived from the generated schema (../api/schema.generated.ts).
import type { ApiResponse, Item, ItemOf } from '../api/types.ts';

/** GET /api/v1/obligations. */
export type ObligationOut = ItemOf<'listObligations'>;
export type ObligationStatus = ObligationOut['status'];
export type ExplanationOut = ObligationOut['explanation'];
export type DayOut = Item<ExplanationOut['skipped']>;

/** GET /api/v1/obligations/summary. */
export type SummaryOut = ApiResponse<'listObligationSummary'>;
export type Counts = SummaryOut['totals'];

/** GET /api/v1/obligation-rules. */
export type RuleOut = ItemOf<'listObligationRules'>;

/** The dashboard's filters as they stand in the address; status '' means "outstanding" (open and overdue). */
export interface ObligationFilter {
  rule: string;
  organisationId: string;
  status: string;
  /** '' any; 'action' or 'record': only fulfilled ones closed that way. */
  closedBy: string;
  /** Due on or after / on or before these days ('' open-ended). */
  dueFrom: string;
  dueTo: string;
}
