// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// CommitteeTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CommitteeAgendaItems {
  created_at: Generated<Timestamp>;
  document_id: string | null;
  id: Generated<string>;
  meeting_id: string;
  position: number;
  subject_id: string | null;
  subject_kind: "proposal" | "quality_evaluation" | "centres_analysis" | "survey_report" | "basket_version" | "other";
  title: string;
}

export interface CommitteeDecisions {
  adopted: boolean;
  agenda_item_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  decided_on: string;
  id: Generated<string>;
  meeting_id: string;
  text: string;
}

export interface CommitteeMeetings {
  created_at: Generated<Timestamp>;
  demo: Generated<boolean>;
  held_on: string | null;
  id: Generated<string>;
  minutes_approved_on: string | null;
  minutes_document_id: string | null;
  place: string;
  planned_on: string;
  status: Generated<"planned" | "held" | "minutes_approved">;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface CommitteeMembers {
  created_at: Generated<Timestamp>;
  id: Generated<string>;
  organisation_id: string;
  representative_name: string;
  representative_position: string | null;
  updated_at: Generated<Timestamp>;
  user_id: string | null;
  valid_from: string;
  valid_until: string | null;
}

export interface CommitteeRequiredAssociations {
  key: "lps" | "llpa" | "raca";
  organisation_id: string;
}

export interface CommitteeStatutes {
  approved_on: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  document_id: string;
  id: Generated<string>;
  note: string | null;
}

export interface CommitteeVotes {
  decision_id: string;
  organisation_id: string;
  vote: "for" | "against" | "abstain";
}

export interface CommitteeTables {
  committee_agenda_items: CommitteeAgendaItems;
  committee_decisions: CommitteeDecisions;
  committee_meetings: CommitteeMeetings;
  committee_members: CommitteeMembers;
  committee_required_associations: CommitteeRequiredAssociations;
  committee_statutes: CommitteeStatutes;
  committee_votes: CommitteeVotes;
}
