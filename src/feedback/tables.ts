import type { Selectable } from 'kysely';
import type { FeedbackTables } from './tables.generated.ts';

// Tables owned by feedback: cases, their events and contest stages.
export const ownTables = ['feedback_cases', 'feedback_events', 'feedback_contest_stages'] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
type FeedbackCase = Selectable<FeedbackTables['feedback_cases']>;
type ContestStage = Selectable<FeedbackTables['feedback_contest_stages']>;
export type FeedbackKind = FeedbackCase['kind'];
export type FeedbackChannel = FeedbackCase['channel'];
export type FeedbackReplyChannel = FeedbackCase['reply_channel'];
export type FeedbackAnswerChannel = NonNullable<FeedbackCase['answer_channel']>;
export type FeedbackAddressee = FeedbackCase['addressee'];
export type FeedbackStatus = FeedbackCase['status'];
export type ContestSubject = NonNullable<FeedbackCase['contest_subject']>;
export type ContestBody = ContestStage['body'];
export type ContestDecision = NonNullable<ContestStage['decision']>;
