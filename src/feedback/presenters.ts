// The shapes in which cases leave the API; rows become JSON only here. 'overdue' is decided here from the Riga
// "today" the service gives, never stored. The submitter's contact is shown only to those who handle the case.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { ContestSubject, FeedbackAddressee } from './tables.ts';
import { CONTEST_BODIES, CONTEST_DECISIONS, CONTEST_PATHS, CONTEST_SUBJECTS, nextStage } from './contest.ts';
import type { CaseRight } from './policy.ts';
import type { CaseRow, EventRow, StageRow } from './repository.ts';
import { ADDRESSEES, ANSWER_CHANNELS, CHANNELS, KINDS, REPLY_CHANNELS, STATUSES } from './schemas.ts';

const Text = (description: string) => Type.String({ description });
const Ref = (what: string) =>
  Obj({ id: Uuid(`${what} id`), name: Text(`Name of the ${what.toLowerCase()}`) }, { description: what });

const AddresseeSchema = Obj(
  {
    kind: StringEnum(
      ADDRESSEES,
      'centre: the centre answers (CR-20.7); holder: the holder of the service answers (CR-19.7)',
    ),
    organisationId: Uuid('The organisation that answers: the centre’s municipality or the holder'),
    name: Text('Its name'),
  },
  { description: 'Whom the case is routed to' },
);

const ServiceRefSchema = Obj(
  {
    id: Uuid('Service id'),
    identifier: Text('Service identifier (SR-9)'),
    name: Text('Name in Latvian'),
    names: Obj(
      { lv: Text('Name in Latvian'), en: Nullable(Text('Name in English, when the description has one')) },
      { description: 'The name in both languages: a list in English shows the English one' },
    ),
    holder: Ref('Holder'),
  },
  { description: 'The catalogue service it concerns' },
);

const summaryFields = {
  id: Uuid('Case id'),
  number: Type.Integer({ description: 'Case number, for people' }),
  kind: StringEnum(KINDS, 'Complaint, question or suggestion'),
  status: StringEnum(STATUSES, 'open: waiting for the answer; answered'),
  overdue: Type.Boolean({ description: 'Open past its due date in Riga time' }),
  level: Type.Integer({
    minimum: 1,
    maximum: 2,
    description: 'SR-19: 1 front line; 2 head of centre or the institution’s responsible person',
  }),
  centre: Ref('Centre'),
  service: Nullable(ServiceRefSchema),
  addressee: AddresseeSchema,
  channel: StringEnum(CHANNELS, 'How it was received'),
  receivedAt: Instant('When it was received'),
  dueDate: IsoDate('The day by which it must be answered'),
  answeredOn: Nullable(IsoDate('The day it was answered')),
  answeredLate: Type.Boolean({ description: 'Answered after its due date' }),
};

export const CaseSummarySchema = Obj(summaryFields, { description: 'A case in a list' });
export type CaseSummaryOut = Static<typeof CaseSummarySchema>;

const DaySchema = Obj({
  date: IsoDate('The day'),
  reason: Text('public_holiday, substitute_day_off, one_off_holiday, transferred_day_off or working_saturday'),
  text: Text('Why, in English'),
  textLv: Text('Why, in Latvian'),
});

const DueSchema = Obj(
  {
    date: IsoDate('The due date'),
    ruleId: Text(
      'The term applied: DR-25.1.7.3 (3 working days, e-mail to the centre) or IL-5.1 (Law on Submissions s. 5(1), one month)',
    ),
    basis: Text('Where the term comes from'),
    from: IsoDate('The day counted from: the day the centre received the case'),
    unit: StringEnum(['working_days', 'months'] as const, 'How it is counted'),
    amount: Type.Integer({ description: 'Working days or months' }),
    skipped: Type.Array(DaySchema, {
      description: 'Days off passed over (holidays, transferred days), or that moved the date',
    }),
    provisional: Type.Boolean({
      description: 'The due date is in a year whose Cabinet transfers are not confirmed yet',
    }),
    obligationId: Nullable(Uuid('The obligation on the centre’s dashboard, for the DR-25.1.7.3 term')),
  },
  { description: 'The due date and how it was counted' },
);

const AnswerSchema = Obj(
  {
    text: Text('The answer'),
    channel: StringEnum(ANSWER_CHANNELS, 'How it was given'),
    answeredOn: IsoDate('The day it was given'),
    answeredAt: Instant('When it was recorded'),
    answeredBy: Nullable(Text('Who answered')),
    level: Type.Integer({ description: 'The level it was answered at (SR-19)' }),
    late: Type.Boolean({ description: 'Given after the due date' }),
  },
  { description: 'The answer' },
);

const EventSchema = Obj({
  type: StringEnum(['registered', 'routed', 'escalated', 'answered'] as const, 'What happened'),
  occurredAt: Instant('When'),
  actor: Text('Who'),
  addressee: Nullable(AddresseeSchema),
  level: Nullable(Type.Integer({ description: 'The level after the event' })),
  reason: Nullable(Text('Why (routing and escalation)')),
});

const Body = StringEnum(CONTEST_BODIES, 'head_of_centre, executive_director, appeals_commission or court');

const StageSchema = Obj({
  position: Type.Integer({ description: 'Position on the path (1, 2, 3)' }),
  body: Body,
  clause: Text('The clause of the statute the stage comes from (BV-4.2.1 …)'),
  lodgedOn: IsoDate('The day it was lodged'),
  grounds: Text('What was contested and why'),
  lodgedBy: Nullable(Text('Who recorded it')),
  decision: Nullable(StringEnum(CONTEST_DECISIONS, 'The decision')),
  decisionText: Nullable(Text('The decision in short')),
  decidedOn: Nullable(IsoDate('The day of the decision')),
  decidedBy: Nullable(Text('Who recorded the decision')),
});

const ContestSchema = Obj(
  {
    subject: Nullable(StringEnum(CONTEST_SUBJECTS, 'What is contested; null until the first stage')),
    stages: Type.Array(StageSchema, { maxItems: 3, description: 'Stages recorded, in order' }),
    next: Nullable(
      Obj(
        { position: Type.Integer({ description: 'Its position' }), body: Body, clause: Text('Its clause') },
        { description: 'The stage that may be lodged now' },
      ),
    ),
    waiting: Type.Boolean({ description: 'The last stage waits for its decision; the next one cannot be lodged yet' }),
  },
  { description: 'Contesting an employee’s action (BV-4.2) or an administrative act (BV-4.3)' },
);

export const CaseDetailSchema = Obj({
  ...summaryFields,
  municipality: Ref('Municipality that runs the centre'),
  servicePoint: Nullable(Ref('Service point')),
  contactId: Nullable(Uuid('The contact it came with')),
  submitter: Nullable(
    Obj(
      {
        name: Text('Name'),
        replyChannel: StringEnum(REPLY_CHANNELS, 'How the answer reaches them'),
        replyAddress: Nullable(Text('Where the answer goes')),
      },
      { description: 'The submitter’s contact; null for readers who do not handle the case (ministry, auditors)' },
    ),
  ),
  text: Text('What the submitter says'),
  due: DueSchema,
  answer: Nullable(AnswerSchema),
  history: Type.Array(EventSchema, {
    maxItems: 500,
    description: 'Registration, routing, escalation and the answer, in order',
  }),
  contest: ContestSchema,
  rights: Type.Array(StringEnum(['route', 'escalate', 'answer', 'contest'] as const, 'A right'), {
    maxItems: 4,
    description: 'What the caller may do now',
  }),
  createdAt: Instant('Registered at'),
  updatedAt: Instant('Last changed at'),
});
export type CaseDetailOut = Static<typeof CaseDetailSchema>;

function addresseeOf(kind: FeedbackAddressee, organisationId: string, name: string) {
  return { kind, organisationId, name };
}

export function presentCaseSummary(r: CaseRow, today: string): CaseSummaryOut {
  return {
    id: r.id,
    number: Number(r.number),
    kind: r.kind,
    status: r.status,
    overdue: r.status === 'open' && r.due_date < today,
    level: r.level,
    centre: { id: r.centre_id, name: r.centre_name },
    service: r.service_id
      ? {
          id: r.service_id,
          identifier: r.service_identifier ?? '',
          name: r.service_name ?? '',
          names: { lv: r.service_name ?? '', en: r.service_name_en },
          holder: { id: r.service_holder_id ?? '', name: r.service_holder_name ?? '' },
        }
      : null,
    addressee: addresseeOf(r.addressee, r.addressee_org_id, r.addressee_name),
    channel: r.channel,
    receivedAt: r.received_at.toISOString(),
    dueDate: r.due_date,
    answeredOn: r.answered_on,
    answeredLate: r.answered_on !== null && r.answered_on > r.due_date,
  };
}

interface StoredExplanation {
  ruleId?: string;
  basis?: string;
  from?: string;
  unit?: 'working_days' | 'months';
  amount?: number;
  skipped?: { date: string; reason: string; text: string; textLv: string }[];
  provisional?: boolean;
  obligationId?: string | null;
}

function presentDue(r: CaseRow) {
  const e = (r.due_explanation ?? {}) as StoredExplanation;
  return {
    date: r.due_date,
    ruleId: r.due_rule,
    basis: e.basis ?? '',
    from: e.from ?? r.received_on,
    unit: e.unit ?? 'months',
    amount: e.amount ?? 0,
    skipped: (e.skipped ?? []).map((d) => ({ date: d.date, reason: d.reason, text: d.text, textLv: d.textLv })),
    provisional: e.provisional ?? false,
    obligationId: e.obligationId ?? null,
  };
}

function presentEvent(e: EventRow) {
  return {
    type: e.type,
    occurredAt: e.occurred_at.toISOString(),
    actor: e.actor_label,
    addressee:
      e.addressee && e.addressee_org_id ? addresseeOf(e.addressee, e.addressee_org_id, e.addressee_name ?? '') : null,
    level: e.level,
    reason: e.reason,
  };
}

function presentContest(subject: ContestSubject | null, stages: StageRow[]) {
  const path = subject ? CONTEST_PATHS[subject] : null;
  const next = subject ? nextStage(subject, stages) : null;
  return {
    subject,
    stages: stages.map((s) => ({
      position: s.position,
      body: s.body,
      clause: path?.[s.position - 1]?.clause ?? '',
      lodgedOn: s.lodged_on,
      grounds: s.grounds,
      lodgedBy: s.lodged_by_name,
      decision: s.decision,
      decisionText: s.decision_text,
      decidedOn: s.decided_on,
      decidedBy: s.decided_by_name,
    })),
    next: next?.ok ? { position: next.position, body: next.body, clause: next.clause } : null,
    waiting: next !== null && !next.ok && next.reason === 'previous_undecided',
  };
}

export interface DetailParts {
  row: CaseRow;
  events: EventRow[];
  stages: StageRow[];
  rights: CaseRight[];
  /** Whether the caller handles the case (and so reads the submitter's contact). */
  handles: boolean;
  today: string;
}

export function presentCaseDetail(p: DetailParts): CaseDetailOut {
  const r = p.row;
  return {
    ...presentCaseSummary(r, p.today),
    municipality: { id: r.municipality_id, name: r.municipality_name },
    servicePoint: r.service_point_id ? { id: r.service_point_id, name: r.point_name ?? '' } : null,
    contactId: r.contact_id,
    submitter: p.handles
      ? { name: r.submitter_name, replyChannel: r.reply_channel, replyAddress: r.reply_address }
      : null,
    text: r.text,
    due: presentDue(r),
    answer:
      r.status === 'answered' && r.answer_text && r.answer_channel && r.answered_on && r.answered_at
        ? {
            text: r.answer_text,
            channel: r.answer_channel,
            answeredOn: r.answered_on,
            answeredAt: r.answered_at.toISOString(),
            answeredBy: r.answered_by_name,
            level: r.answered_level ?? r.level,
            late: r.answered_on > r.due_date,
          }
        : null,
    history: p.events.map(presentEvent),
    contest: presentContest(r.contest_subject, p.stages),
    rights: p.rights,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What the audit trail keeps of a case: its facts, never the submitter's contact or the texts (personal data). */
export function auditView(r: CaseRow, stages: StageRow[] = []) {
  return {
    number: Number(r.number),
    kind: r.kind,
    centreId: r.centre_id,
    servicePointId: r.service_point_id,
    serviceId: r.service_id,
    contactId: r.contact_id,
    channel: r.channel,
    receivedAt: r.received_at.toISOString(),
    addressee: r.addressee,
    addresseeOrgId: r.addressee_org_id,
    level: r.level,
    status: r.status,
    dueDate: r.due_date,
    dueRule: r.due_rule,
    answeredOn: r.answered_on,
    answerChannel: r.answer_channel,
    answeredBy: r.answered_by,
    contestSubject: r.contest_subject,
    stages: stages.map((s) => ({
      position: s.position,
      body: s.body,
      lodgedOn: s.lodged_on,
      decision: s.decision,
      decidedOn: s.decided_on,
    })),
  };
}
