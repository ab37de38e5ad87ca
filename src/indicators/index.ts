// The public face of the performance indicators (SR-21 … SR-23, SR-25.2): what other capabilities may use.
export * from './lookups.ts';
export * from './bulk.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { indicatorRoutes } from './routes.ts';
export { indicatorPublicRoutes } from './public-routes.ts';
export { indicatorsMessages } from './messages.ts';
