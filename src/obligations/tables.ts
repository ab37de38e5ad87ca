import type { Selectable } from 'kysely';
import type { ObligationsTables } from './tables.generated.ts';

// Tables owned by obligations: legal obligations, their reminders, and the records of duties done outside the system.
export const ownTables = ['obligations', 'obligation_reminders', 'obligation_records'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type ObligationRow = Selectable<ObligationsTables['obligations']>;
export type ObligationStatus = ObligationRow['status'];
export type ObligationRecordRow = Selectable<ObligationsTables['obligation_records']>;
export type ClosedBy = NonNullable<ObligationRow['closed_by']>;
