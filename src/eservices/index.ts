// The public face of eservices: what other capabilities may use.
// For the composition root: the HTTP routes and the background job.
export { eserviceRoutes } from './routes.ts';
export { eserviceRetentionJob } from './retention.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { eservicesMessages } from './messages.ts';
