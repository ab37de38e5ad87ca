// The obligations capability's public face: what other capabilities may use.
// The rule registry's terms and due dates (lookups.ts: light, importable from anywhere without a cycle).
export * from './lookups.ts';

// For the composition root: the HTTP routes, the background jobs, the recurring duties' catch-up at start.
export { obligationRoutes } from './routes.ts';
export { obligationRemindersJob } from './reminders.ts';
export { generateRecurringObligations, recurringObligationsJob } from './recurring.ts';
// For other capabilities: the engine (open / fulfil / cancel in the caller's transaction).
export { cancelObligation, fulfilObligation, openObligation } from './engine.ts';
export { openDutiesOfRules, type OwedDuty } from './owed.ts';
// For the composition root: the API messages of this capability (Latvian and English).
export { obligationsMessages } from './messages.ts';
