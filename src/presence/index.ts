// The public face of presence (institutions' officers at centres): what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { presenceRoutes } from './routes.ts';
export { presenceMessages } from './messages.ts';
// For the seed: the labelled demo officers, absences and substitution.
export { loadPresenceDemo } from './demo.ts';
