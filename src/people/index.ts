// The public face of people: what other capabilities may use.
export * from './lookups.ts';

// For the composition root: the HTTP routes, and who calls (a session's or an API token's actor).
export { authRoutes } from './auth-routes.ts';
export { peopleAdminRoutes } from './admin-routes.ts';
export { actorFromApiToken, actorFromSession } from './auth-service.ts';
// For the composition root: forgetting failed logins of addresses without an account (a job).
export { loginFailuresCleanupJob } from './lockout-cleanup.ts';
// For other capabilities: the password hash (the seed's first account, test fixtures).
export { hashPassword } from './auth-service.ts';
// For access applications (CR-22, AM-1.11, DR-20.2): admin access granted or revoked on a decided application.
export { grantAdminByApplication, revokeAdminByApplication } from './access-by-application.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { peopleMessages } from './messages.ts';
// For the seed: writes and look-ups of the shipped data.
export * from './shipped.ts';
