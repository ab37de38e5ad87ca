// The public face of catalogue: what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes, the background jobs, the interrupted imports' clean-up at start.
export { catalogueRoutes } from './routes.ts';
export { qualityRoutes } from './quality-routes.ts';
export { publicCatalogueRoutes } from './public-routes.ts';
export { catalogueImportRoutes } from './import-routes.ts';
export { lawChangeRoutes } from './law-changes-routes.ts';
export { linkCheckJob } from './link-check.ts';
export { failInterruptedImports, interruptedImportsJob } from './import-service.ts';
// For the seed: a service's content model, its checks, identifiers and search text (loading the shipped catalogue).
export { ServiceContent, type ServiceContentIn } from './content.ts';
export { organisationsNamed, validContent } from './content-rules.ts';
export { nextIdentifier } from './identifier.ts';
export { searchTextOf } from './search-text.ts';
// Value types of the catalogue's tables.
export type { CatalogueImportStatus, ServiceStatus } from './tables.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { catalogueMessages } from './messages.ts';
// For the seed: writes and look-ups of the shipped data.
export * from './shipped.ts';
