// The public face of the centre's own staff (BV-3, CR-17.10, CR-17.11): what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { staffRoutes } from './routes.ts';
export { staffMessages } from './messages.ts';
// For the seed: the demo centre's staff, absences and a gap next week (demo mode only).
export { loadStaffDemo } from './shipped.ts';
