// The public face of contacts: what other capabilities may use.
export * from './lookups.ts';
export * from './bulk.ts';

// For the composition root: the HTTP routes and the background job.
export { contactRoutes } from './routes.ts';
export { idempotencyCleanupJob } from './idempotency.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { contactsMessages } from './messages.ts';
