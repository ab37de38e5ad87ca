import type { Selectable } from 'kysely';
import type { ContactsTables } from './tables.generated.ts';

// Tables owned by contacts: registered customer contacts, idempotency keys and the contacts' rollups (migrations 0032, 0040, 0042).
export const ownTables = [
  'contacts',
  'contact_idempotency',
  'contact_rollup_years',
  'contact_rollup_centres',
  'contact_rollup_centre_months',
  'contact_rollup_late_changes',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
type Contact = Selectable<ContactsTables['contacts']>;
export type ContactChannel = Contact['channel'];
export type ContactType = Contact['type'];
export type ContactOutcome = Contact['outcome'];
export type ClientKind = NonNullable<Contact['client_kind']>;
