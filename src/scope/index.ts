// The public face of each centre's scope (CR-7): what other capabilities may use.
export * from './lookups.ts';
export { scopeOn } from './service.ts';
// For proposals: a completed exclusion ends the service's entries in every centre's scope (CR-16).
export { endServiceInScopes, type ServiceExclusion } from './exclusion.ts';
// For start-up in demo mode: the demo catalogue's services in the centres' scopes (labelled demo).
export { loadScopeDemo } from './shipped.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { scopeRoutes } from './routes.ts';
export { scopeMessages } from './messages.ts';
