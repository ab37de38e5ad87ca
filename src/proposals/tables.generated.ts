// Generated from the migrations by scripts/db-types.ts: do not edit, run `npm run db:types`.
// ProposalsTables: the tables listed in tables.ts beside this file.
import type { ColumnType } from "kysely";

type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ProposalCentres {
  answered_at: Timestamp;
  answered_by: string | null;
  centre_id: string;
  municipality_id: string;
  note: string | null;
  proposal_id: string;
  start_due: string | null;
  started_on: string | null;
  willing: boolean;
}

export interface ProposalEvents {
  actor_label: string;
  actor_user_id: string | null;
  centre_id: string | null;
  document_id: string | null;
  from_state: string | null;
  id: Generated<string>;
  note: string | null;
  occurred_at: Timestamp;
  on_date: string;
  organisation_id: string | null;
  proposal_id: string;
  seq: Generated<number>;
  to_state: string;
  type: string;
}

export interface Proposals {
  centre_kinds: Generated<string[]>;
  centres_asked_at: Timestamp | null;
  decided_on: string | null;
  decision_id: string | null;
  decision_positive: boolean | null;
  due_date: string | null;
  due_rule: string | null;
  exclude_from: string | null;
  filed_at: Timestamp;
  filed_on: string;
  guidance_id: string | null;
  guidance_on: string | null;
  holder_id: string;
  holder_ready: boolean | null;
  id: Generated<string>;
  information_on: string | null;
  justification: string;
  kind: "transfer" | "exclusion";
  letter_id: string;
  proposer_id: string;
  proposer_kind: "municipality" | "institution" | "holder";
  service_id: string | null;
  stage: string | null;
  state: "gathering" | "ready_for_committee" | "rejected" | "approved" | "training_held" | "guidance_published" | "in_service" | "withdrawn" | "exclusion_notified" | "excluded";
  state_since: Timestamp;
  title: string;
  training_on: string | null;
  updated_at: Timestamp;
}

export interface ProposalsTables {
  proposal_centres: ProposalCentres;
  proposal_events: ProposalEvents;
  proposals: Proposals;
}
