// The public face of the supervisory committee (CR-9, CR-10, CR-11): what other capabilities may use.
export * from './lookups.ts';
// For the composition root: shipped data (the CR-9 associations always, the demo committee in demo mode).
export { loadCommitteeDemo, loadCommitteeReference } from './shipped.ts';
// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { committeeRoutes } from './routes.ts';
export { committeeMessages } from './messages.ts';
