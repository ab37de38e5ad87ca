import type { Selectable } from 'kysely';
import type { DocumentsTables } from './tables.generated.ts';

// Tables owned by the documents mechanism: the files themselves (content in the database).
export const ownTables = ['documents'] as const;

// Row type of the table, derived from the generated one (the SQL is the truth).
export type DocumentRow = Selectable<DocumentsTables['documents']>;
