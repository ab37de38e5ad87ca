import type { Selectable } from 'kysely';
import type { ProposalsTables } from './tables.generated.ts';

// Tables owned by proposals: the proposals, their history and the centres' answers.
export const ownTables = ['proposals', 'proposal_events', 'proposal_centres'] as const;

// Row types of these tables, derived from the generated ones (the SQL is the truth).
export type ProposalRow = Selectable<ProposalsTables['proposals']>;
export type ProposalEventRow = Selectable<ProposalsTables['proposal_events']>;
export type ProposalCentreRow = Selectable<ProposalsTables['proposal_centres']>;
