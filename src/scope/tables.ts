import type { Selectable } from 'kysely';
import type { ScopeTables } from './tables.generated.ts';

// Tables owned by the scope: the entries a municipality keeps for its centre (CR-7.2, CR-7.3); the basket part of the
// scope (CR-7.1) is the basket's own.
export const ownTables = ['centre_scope_entries'] as const;

// Row types of these tables, derived from the generated ones (the SQL is the truth).
export type ScopeEntryRow = Selectable<ScopeTables['centre_scope_entries']>;
export type ScopeBasis = ScopeEntryRow['basis'];
