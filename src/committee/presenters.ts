// The committee as the API answers it: members with the composition check and the statute (CR-9), meetings with
// their agendas, decisions and votes (CR-10, CR-11), and the minutes' state.
import { Type, type Static } from 'typebox';
import { DocumentMetaSchema, type DocumentMeta } from '../documents/index.ts';
import { IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { AgendaItemRow, DecisionRow, MeetingRow, MemberRow, StatuteRow, VoteRow } from './tables.ts';

export const SUBJECT_KINDS = [
  'proposal',
  'quality_evaluation',
  'centres_analysis',
  'survey_report',
  'basket_version',
  'other',
] as const;
export const VOTES = ['for', 'against', 'abstain'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'minutes_approved'] as const;
export const REQUIRED_BODIES = ['ministry', 'institution', 'holder', 'lps', 'llpa', 'raca'] as const;
export type RequiredBody = (typeof REQUIRED_BODIES)[number];

/** The CR-10 point each kind of agenda item serves. */
export const REQUIREMENT_OF: Record<AgendaItemRow['subject_kind'], string | null> = {
  proposal: 'CR-10.1',
  quality_evaluation: 'CR-10.2',
  centres_analysis: 'CR-10.3',
  survey_report: 'CR-10.4',
  basket_version: null,
  other: null,
};

const OrgRef = Obj(
  {
    id: Uuid('The organisation'),
    name: Type.String({ description: 'Its name' }),
    kind: Type.String({ description: 'Its kind (ministry, institution, holder, association …)' }),
  },
  { description: 'The member organisation' },
);
type OrgRefOut = Static<typeof OrgRef>;

export const MemberSchema = Obj({
  id: Uuid('The membership'),
  organisation: OrgRef,
  representative: Obj(
    {
      name: Type.String({ description: "The representative's name" }),
      position: Nullable(Type.String({ description: 'Their position' })),
      userId: Nullable(Uuid('Their account, when they have one')),
    },
    { description: 'Who represents the organisation' },
  ),
  validFrom: IsoDate('First day of the membership'),
  validUntil: Nullable(IsoDate('Last day of the membership (null: open-ended)')),
});
export type MemberOut = Static<typeof MemberSchema>;

export const CompositionSchema = Obj(
  {
    date: IsoDate('The day checked'),
    complete: Type.Boolean({ description: 'Every body CR-9 names has a member on the day' }),
    missing: Type.Array(
      Obj({
        body: StringEnum(REQUIRED_BODIES, 'The body CR-9 requires'),
        name: Obj(
          { lv: Type.String({ description: 'Latvian' }), en: Type.String({ description: 'English' }) },
          { description: 'The body’s name in Latvian and English' },
        ),
      }),
      { description: 'The bodies CR-9 names that have no member on the day' },
    ),
  },
  { description: 'CR-9: the ministry, institutions, holders and the three associations must be represented' },
);
export type CompositionOut = Static<typeof CompositionSchema>;

export const StatuteSchema = Obj({
  id: Uuid('The approval record'),
  approvedOn: IsoDate('The day the ministry approved it (CR-9)'),
  note: Nullable(Type.String({ description: 'A note' })),
  document: Nullable(DocumentMetaSchema),
});

export const CommitteeSchema = Obj({
  members: Type.Array(MemberSchema, { description: 'Every membership, past and present' }),
  composition: CompositionSchema,
  statute: Nullable(StatuteSchema),
});
export type CommitteeOut = Static<typeof CommitteeSchema>;

const VoteSchema = Obj({ organisation: OrgRef, vote: StringEnum(VOTES, 'The vote') });

export const DecisionSchema = Obj({
  id: Uuid('The decision'),
  text: Type.String({ description: 'What the committee decided' }),
  adopted: Type.Boolean({ description: 'More members voted for than against' }),
  decidedOn: IsoDate('The day of the decision'),
  votes: Type.Array(VoteSchema, { description: 'Each member organisation’s vote' }),
  tally: Obj(
    {
      for: Type.Integer({ description: 'Votes for' }),
      against: Type.Integer({ description: 'Votes against' }),
      abstain: Type.Integer({ description: 'Abstentions' }),
    },
    { description: 'The votes counted' },
  ),
});
export type DecisionOut = Static<typeof DecisionSchema>;

export const AgendaItemSchema = Obj({
  id: Uuid('The agenda item'),
  position: Type.Integer({ description: 'Its number on the agenda' }),
  title: Type.String({ description: 'What is considered' }),
  subject: Obj(
    {
      kind: StringEnum(SUBJECT_KINDS, 'What the item is about'),
      id: Nullable(Uuid('The proposal or basket version, for those kinds')),
      title: Nullable(Type.String({ description: 'The proposal’s title, for a proposal' })),
      state: Nullable(Type.String({ description: 'Where the proposal is in its procedure, for a proposal' })),
      requirement: Nullable(Type.String({ description: 'The CR-10 point it serves (CR-10.1 … CR-10.4)' })),
    },
    { description: 'What the item is about' },
  ),
  documentId: Nullable(Uuid('A document considered (an evaluation, an analysis, the survey report)')),
  decision: Nullable(DecisionSchema),
});
export type AgendaItemOut = Static<typeof AgendaItemSchema>;

export const MeetingSummarySchema = Obj({
  id: Uuid('The meeting'),
  plannedOn: IsoDate('The day it is planned for'),
  heldOn: Nullable(IsoDate('The day it was held (CR-11)')),
  place: Type.String({ description: 'Where' }),
  status: StringEnum(MEETING_STATUSES, 'planned → held → minutes_approved (final)'),
  minutesApprovedOn: Nullable(IsoDate('The day the minutes were approved')),
  demo: Type.Boolean({ description: 'Invented demo data' }),
  version: Type.Integer({
    description: 'Counts changes of the meeting and its agenda; send it as If-Match to edit a planned meeting (CR-11)',
  }),
});
export type MeetingSummaryOut = Static<typeof MeetingSummarySchema>;

export const MeetingDetailSchema = Obj({
  ...MeetingSummarySchema.properties,
  members: Type.Array(MemberSchema, { description: 'The members on the day of the meeting (who votes)' }),
  agenda: Type.Array(AgendaItemSchema, { description: 'The agenda in order' }),
  minutes: Obj(
    {
      state: StringEnum(['none', 'draft', 'final'] as const, 'none before the meeting, draft until approved, final'),
      document: Nullable(DocumentMetaSchema),
    },
    { description: 'The minutes: their state and, once approved, the stored PDF' },
  ),
});
export type MeetingDetailOut = Static<typeof MeetingDetailSchema>;

export type Orgs = Map<string, { name: string; kind: string }>;

function orgRef(orgs: Orgs, id: string): OrgRefOut {
  const o = orgs.get(id);
  return { id, name: o?.name ?? '', kind: o?.kind ?? '' };
}

export function presentMember(m: MemberRow, orgs: Orgs): MemberOut {
  return {
    id: m.id,
    organisation: orgRef(orgs, m.organisation_id),
    representative: { name: m.representative_name, position: m.representative_position, userId: m.user_id },
    validFrom: m.valid_from,
    validUntil: m.valid_until,
  };
}

export function presentStatute(s: StatuteRow, document: DocumentMeta | undefined) {
  return { id: s.id, approvedOn: s.approved_on, note: s.note, document: document ?? null };
}

export function presentDecision(d: DecisionRow, votes: readonly VoteRow[], orgs: Orgs): DecisionOut {
  const mine = votes.filter((v) => v.decision_id === d.id);
  const count = (vote: VoteRow['vote']) => mine.filter((v) => v.vote === vote).length;
  return {
    id: d.id,
    text: d.text,
    adopted: d.adopted,
    decidedOn: d.decided_on,
    votes: mine
      .map((v) => ({ organisation: orgRef(orgs, v.organisation_id), vote: v.vote }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'lv')),
    tally: { for: count('for'), against: count('against'), abstain: count('abstain') },
  };
}

export function presentAgendaItem(
  i: AgendaItemRow,
  decision: DecisionOut | null,
  proposal?: { title: string; state: string },
): AgendaItemOut {
  return {
    id: i.id,
    position: i.position,
    title: i.title,
    subject: {
      kind: i.subject_kind,
      id: i.subject_id,
      title: proposal?.title ?? null,
      state: proposal?.state ?? null,
      requirement: REQUIREMENT_OF[i.subject_kind],
    },
    documentId: i.document_id,
    decision,
  };
}

export function presentMeetingSummary(m: MeetingRow): MeetingSummaryOut {
  return {
    id: m.id,
    plannedOn: m.planned_on,
    heldOn: m.held_on,
    place: m.place,
    status: m.status,
    minutesApprovedOn: m.minutes_approved_on,
    demo: m.demo,
    version: m.version,
  };
}

/** What the audit trail keeps of a meeting. */
export function auditView(m: MeetingRow) {
  return {
    plannedOn: m.planned_on,
    place: m.place,
    status: m.status,
    heldOn: m.held_on,
    minutesDocumentId: m.minutes_document_id,
    minutesApprovedOn: m.minutes_approved_on,
    version: m.version,
  };
}
