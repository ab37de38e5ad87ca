import type { Insertable, Selectable } from 'kysely';
import type { OrganisationsTables } from './tables.generated.ts';

// Tables owned by organisations: the register of institutions and their contacts.
export const ownTables = ['organisations', 'organisation_contacts'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type Organisation = Selectable<OrganisationsTables['organisations']>;
export type NewOrganisation = Insertable<OrganisationsTables['organisations']>;
export type OrganisationKind = Organisation['kind'];
export type OrganisationContact = Selectable<OrganisationsTables['organisation_contacts']>;
