import type { Selectable } from 'kysely';
import type { CatalogueTables } from './tables.generated.ts';

// Tables owned by the catalogue: services, their versions, link checks, imports and law changes.
export const ownTables = [
  'services',
  'service_versions',
  'service_link_checks',
  'catalogue_imports',
  'service_law_changes',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type ServiceStatus = Selectable<CatalogueTables['services']>['status'];
export type CatalogueImportStatus = Selectable<CatalogueTables['catalogue_imports']>['status'];
