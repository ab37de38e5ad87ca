// The only way a proposal becomes JSON: its summary (lists and the "where is each proposal stuck" view) and its
// detail with the centres' answers, the history step by step and the actions the caller may take now.
import { Type, type Static } from 'typebox';
import { DocumentMetaSchema, type DocumentMeta } from '../documents/index.ts';
import { Instant, IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { STEPS, whoseMove, type Action } from './machine.ts';
import { PROPOSAL_KINDS, STATES } from './schemas.ts';
import type { ProposalRow } from './tables.ts';

const Text = (description: string) => Type.String({ description });
const PARTIES = ['proposer', 'holder', 'ministry', 'centre', 'committee'] as const;
const ACTIONS = Object.keys(STEPS) as Action[];

const OrgRef = (description: string) => Obj({ id: Uuid('Organisation id'), name: Text('Its name') }, { description });

export const ProposalSummarySchema = Obj(
  {
    id: Uuid('Proposal id'),
    kind: StringEnum(PROPOSAL_KINDS, 'transfer (CR-12) or exclusion (CR-16)'),
    title: Text('What is proposed'),
    state: StringEnum(STATES, 'Where it is in the procedure (src/proposals/machine.ts)'),
    stateSince: Instant('Since when it is in this state'),
    filedOn: IsoDate('The day the letter was received'),
    proposer: OrgRef('The municipality, institution or holder that proposed it'),
    holder: OrgRef("The service's holder"),
    service: Nullable(
      Obj({ id: Uuid('Catalogue service'), identifier: Text('PK-…'), name: Text('Its name in Latvian') }),
    ),
    whoseMove: Nullable(StringEnum(PARTIES, 'Who is to act next (null when nothing more happens)')),
    due: Nullable(
      Obj({
        ruleId: Text('The requirement whose deadline the proposal now waits for (an open obligation)'),
        date: IsoDate('Its due date on the working-day calendar'),
        overdue: Type.Boolean({ description: 'The due date has passed (Riga time)' }),
      }),
    ),
  },
  { title: 'ProposalSummary' },
);
export type ProposalSummaryOut = Static<typeof ProposalSummarySchema>;

export const ProposalDetailSchema = Obj(
  {
    ...ProposalSummarySchema.properties,
    stage: Nullable(Text('The stage of the service proposed, as described')),
    centreKinds: Type.Array(Text('county, regional or national'), {
      description: 'Kinds of centres meant (empty: all)',
    }),
    justification: Text('Why'),
    letter: Nullable(DocumentMetaSchema),
    holderReady: Nullable(Type.Boolean({ description: "The holder's readiness (null: not answered or not needed)" })),
    centresAskedAt: Nullable(Instant('When the centres were asked (CR-14.2.2: after the holder confirmed)')),
    informationOn: Nullable(IsoDate('The day the ministry’s information was ready (CR-13.2, CR-14.2)')),
    decision: Nullable(
      Obj({
        id: Text("The committee's decision"),
        decidedOn: IsoDate('Its day'),
        positive: Type.Boolean({ description: 'Approved (true) or rejected' }),
      }),
    ),
    trainingOn: Nullable(IsoDate('The last day of the training (CR-15.1)')),
    guidance: Nullable(DocumentMetaSchema),
    guidanceOn: Nullable(IsoDate('The day the guidance material was put in (CR-15.2)')),
    excludeFrom: Nullable(IsoDate('Exclusion: the day it takes effect (CR-16)')),
    centres: Type.Array(
      Obj({
        centreId: Uuid('Centre'),
        centreName: Text('Its name'),
        municipalityId: Uuid('Its municipality'),
        willing: Type.Boolean({ description: 'Wants to provide it (CR-13.2.2, CR-14.2.2)' }),
        note: Nullable(Text('Its note')),
        answeredAt: Instant('When it answered'),
        startDue: Nullable(IsoDate('CR-15.3: the day it is to start by')),
        startedOn: Nullable(IsoDate('The day it started')),
      }),
      { description: "The centres' answers" },
    ),
    history: Type.Array(
      Obj({
        action: StringEnum(ACTIONS, 'The step'),
        fromState: Nullable(StringEnum(STATES, 'State before (null for the filing)')),
        toState: StringEnum(STATES, 'State after'),
        at: Instant('When it was recorded'),
        on: IsoDate('The day it happened'),
        by: Text('Who recorded it'),
        organisation: Nullable(Text('For which organisation')),
        centre: Nullable(Text('For which centre')),
        note: Nullable(Text('Its note')),
        documentId: Nullable(Uuid('The document of the step (letter, guidance)')),
      }),
      { description: 'Each step: who, when' },
    ),
    actions: Type.Array(
      Obj({
        action: StringEnum(ACTIONS, 'A step the caller may take now'),
        centreId: Nullable(Uuid('For a centre’s step: the centre')),
        centreName: Nullable(Text('Its name')),
      }),
      { description: 'What the caller may do now' },
    ),
  },
  { title: 'ProposalDetail' },
);
export type ProposalDetailOut = Static<typeof ProposalDetailSchema>;

export interface Names {
  proposer_name: string;
  holder_name: string;
  service_identifier: string | null;
  service_name: string | null;
}

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentSummary(p: ProposalRow, n: Names | undefined, today: string): ProposalSummaryOut {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    state: p.state,
    stateSince: iso(p.state_since),
    filedOn: p.filed_on,
    proposer: { id: p.proposer_id, name: n?.proposer_name ?? '' },
    holder: { id: p.holder_id, name: n?.holder_name ?? '' },
    service:
      p.service_id && n?.service_identifier
        ? { id: p.service_id, identifier: n.service_identifier, name: n.service_name ?? '' }
        : null,
    whoseMove: whoseMove(p),
    due: p.due_rule && p.due_date ? { ruleId: p.due_rule, date: p.due_date, overdue: p.due_date < today } : null,
  };
}

export interface DetailParts {
  documents: Map<string, DocumentMeta>;
  centres: {
    centre_id: string;
    centre_name: string;
    municipality_id: string;
    willing: boolean;
    note: string | null;
    answered_at: Date;
    start_due: string | null;
    started_on: string | null;
  }[];
  events: {
    type: string;
    from_state: string | null;
    to_state: string;
    occurred_at: Date;
    on_date: string;
    actor_label: string;
    organisation_name: string | null;
    centre_name: string | null;
    note: string | null;
    document_id: string | null;
  }[];
  actions: ProposalDetailOut['actions'];
}

export function presentDetail(
  p: ProposalRow,
  n: Names | undefined,
  today: string,
  parts: DetailParts,
): ProposalDetailOut {
  return {
    ...presentSummary(p, n, today),
    stage: p.stage,
    centreKinds: p.centre_kinds,
    justification: p.justification,
    letter: parts.documents.get(p.letter_id) ?? null,
    holderReady: p.holder_ready,
    centresAskedAt: p.centres_asked_at ? iso(p.centres_asked_at) : null,
    informationOn: p.information_on,
    decision:
      p.decision_id && p.decided_on && p.decision_positive !== null
        ? { id: p.decision_id, decidedOn: p.decided_on, positive: p.decision_positive }
        : null,
    trainingOn: p.training_on,
    guidance: p.guidance_id ? (parts.documents.get(p.guidance_id) ?? null) : null,
    guidanceOn: p.guidance_on,
    excludeFrom: p.exclude_from,
    centres: parts.centres.map((c) => ({
      centreId: c.centre_id,
      centreName: c.centre_name,
      municipalityId: c.municipality_id,
      willing: c.willing,
      note: c.note,
      answeredAt: iso(c.answered_at),
      startDue: c.start_due,
      startedOn: c.started_on,
    })),
    history: parts.events.map((e) => ({
      action: e.type as Action,
      fromState: e.from_state as ProposalRow['state'] | null,
      toState: e.to_state as ProposalRow['state'],
      at: iso(e.occurred_at),
      on: e.on_date,
      by: e.actor_label,
      organisation: e.organisation_name,
      centre: e.centre_name,
      note: e.note,
      documentId: e.document_id,
    })),
    actions: parts.actions,
  };
}
