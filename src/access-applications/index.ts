// The public face of access applications (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2, DR-21.2, DR-22.2).
export * from './lookups.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { accessApplicationRoutes } from './routes.ts';
export { accessApplicationsMessages } from './messages.ts';
// For the composition root, in demo mode: two applications, one waiting and one rejected.
export { loadAccessApplicationsDemo } from './demo.ts';
