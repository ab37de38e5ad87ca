// The public face of the dashboards and the centre report (BV-4.4): read-only figures over the owners'
// lookups; the capability owns no tables.

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { dashboardRoutes } from './routes.ts';
export { dashboardsMessages } from './messages.ts';
