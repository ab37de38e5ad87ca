import type { Selectable } from 'kysely';
import type { ObligationsTables } from './tables.generated.ts';

// Tables owned by obligations: legal obligations and their reminders.
export const ownTables = ['obligations', 'obligation_reminders'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type ObligationRow = Selectable<ObligationsTables['obligations']>;
export type ObligationStatus = ObligationRow['status'];
