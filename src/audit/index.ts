// The public face of audit (the audit trail's API for the ministry and auditors).
// For the composition root: the HTTP routes.
export { auditRoutes } from './routes.ts';
