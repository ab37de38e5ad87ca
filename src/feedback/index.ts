// The public face of feedback: what other capabilities may use.
export * from './lookups.ts';
export * from './bulk.ts';

// For the composition root: the HTTP routes.
export { feedbackRoutes } from './routes.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { feedbackMessages } from './messages.ts';
