// The public face of proposals: what other capabilities may use.
export * from './lookups.ts';
// For the committee's capability: its decision on a proposal waiting for it, in the committee's transaction.
export { decideProposal, type DecisionIn } from './steps-service.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { proposalRoutes } from './routes.ts';
export { proposalsMessages } from './messages.ts';
// For the composition root: the demo proposal (demo mode only).
export { loadProposalsDemo } from './demo.ts';
