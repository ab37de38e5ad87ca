import type { Selectable } from 'kysely';
import type { CommitteeTables } from './tables.generated.ts';

// Tables owned by the committee: the CR-9 associations' places, members, statutes, meetings, agendas, decisions, votes.
export const ownTables = [
  'committee_required_associations',
  'committee_members',
  'committee_statutes',
  'committee_meetings',
  'committee_agenda_items',
  'committee_decisions',
  'committee_votes',
] as const;

// Row and value types of these tables, derived from the generated ones (the SQL is the truth).
export type MemberRow = Selectable<CommitteeTables['committee_members']>;
export type StatuteRow = Selectable<CommitteeTables['committee_statutes']>;
export type MeetingRow = Selectable<CommitteeTables['committee_meetings']>;
export type AgendaItemRow = Selectable<CommitteeTables['committee_agenda_items']>;
export type DecisionRow = Selectable<CommitteeTables['committee_decisions']>;
export type VoteRow = Selectable<CommitteeTables['committee_votes']>;
export type MeetingStatus = MeetingRow['status'];
export type SubjectKind = AgendaItemRow['subject_kind'];
export type Vote = VoteRow['vote'];
export type AssociationKey = Selectable<CommitteeTables['committee_required_associations']>['key'];
