// The public face of mail (the outbox's view for maintainers; sending is platform/mail).
// For the composition root: the HTTP routes.
export { mailRoutes } from './routes.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { mailMessages } from './messages.ts';
