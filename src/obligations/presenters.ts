// The shapes in which obligations and rules leave the API. No row reaches JSON without passing here; 'overdue' is
// decided here from the Riga "today" the service gives, never stored.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { DocumentMetaSchema, type DocumentMeta } from '../documents/index.ts';
import { API_STATUSES, type ApiStatus, type PresentableRow } from './list-repository.ts';
import type { ObligationRule } from './rule-model.ts';
import { ruleById } from './rules.ts';
import { subjectKey, type SubjectName } from './subjects.ts';

const UNITS = ['working_days', 'months', 'period_end', 'months_after_period_end', 'fixed_date'] as const;

const DaySchema = Obj({
  date: IsoDate('The day'),
  reason: Type.String({
    description: 'public_holiday, substitute_day_off, one_off_holiday, transferred_day_off or working_saturday',
  }),
  text: Type.String({ description: 'Why, in a sentence' }),
});

export const ExplanationSchema = Obj(
  {
    ruleId: Type.String({ description: 'Requirement ID of the rule' }),
    ruleVersion: Type.Integer({ description: 'Version of the rule in force on the start date' }),
    startEvent: Type.String({ description: "What started the rule's clock ('calendar' for a recurring duty)" }),
    startDate: IsoDate('The day the clock started'),
    period: Nullable(Type.String({ description: 'Period of a recurring duty' })),
    basis: Type.String({ description: 'Where the version and its dates come from' }),
    from: IsoDate('The day counted from (the start, or the period’s first or last day)'),
    due: IsoDate('The due date'),
    unit: StringEnum(UNITS, 'How the due date is counted'),
    amount: Nullable(Type.Integer({ description: 'Working days or months counted' })),
    direction: StringEnum(
      ['after', 'before'] as const,
      "'before': counted backwards from the start (a notice before an event)",
    ),
    skipped: Type.Array(DaySchema, {
      description: 'Days passed over that were not plain weekends: holidays and transferred days off',
    }),
    workingSaturdays: Type.Array(DaySchema, { description: 'Saturdays counted as working days by Cabinet order' }),
    provisional: Type.Boolean({
      description: 'True when the due date is in a year whose Cabinet transfers are not confirmed yet',
    }),
  },
  { description: 'How the due date was computed' },
);
export type ExplanationOut = Static<typeof ExplanationSchema>;

export const CloserSchema = Obj(
  {
    by: StringEnum(
      ['action', 'record'] as const,
      "'action': the action that completes it in a capability fulfils it (a record by hand is " +
        "refused); 'record' — its organisation records it done with evidence (POST /api/v1/obligations/{id}/record)",
    ),
    capability: Nullable(Type.String({ description: "The capability whose action fulfils it, for 'action'" })),
    actionLv: Nullable(Type.String({ description: 'That action, in Latvian' })),
    actionEn: Nullable(Type.String({ description: 'That action, in English' })),
    path: Nullable(Type.String({ description: 'Web page where that action is done, when there is one' })),
  },
  { description: 'How this duty closes' },
);
export type CloserOut = Static<typeof CloserSchema>;

export const RecordSchema = Obj(
  {
    doneOn: IsoDate('The day it was done'),
    note: Type.String({ description: 'What was done, as its organisation recorded it' }),
    document: Nullable(DocumentMetaSchema),
    recordedByName: Nullable(Type.String({ description: 'Who recorded it' })),
    recordedAt: Instant('When it was recorded'),
  },
  { description: 'The evidence of a duty recorded as done' },
);

export const ObligationSchema = Obj({
  id: Uuid('Obligation id'),
  ruleId: Type.String({ description: 'Requirement ID of the rule (CR-19.1, SR-11 …)' }),
  ruleVersion: Type.Integer({ description: 'Version of the rule in force on the start date' }),
  ruleTitleLv: Type.String({ description: 'Title of the rule in Latvian' }),
  ruleTitleEn: Type.String({ description: 'Title of the rule in English' }),
  organisationId: Uuid('The organisation that owes it'),
  organisationName: Type.String({ description: "That organisation's name" }),
  centreId: Nullable(Uuid('The centre that owes it, for a centre’s duty')),
  centreName: Nullable(Type.String({ description: "That centre's name" })),
  subjectType: Type.String({
    description:
      'Kind of record it is about: organisation, centre, contact, feedback_case, proposal, access_application, presence_notice (the registry in src/obligations/subjects.ts)',
  }),
  subjectId: Type.String({ description: 'Id of that record' }),
  subjectName: Nullable(
    Type.String({
      description:
        "Name of that record in Latvian: an organisation's or a centre's name, a contact's centre, day and channel, a feedback case's kind and number, a proposal's title, an access application's number and organisation, a presence notice's kind, institution, centre and first day; never personal data",
    }),
  ),
  subjectNameEn: Nullable(
    Type.String({
      description: 'The same in English (a proper name stays as it is); null when the record is not found',
    }),
  ),
  subjectPath: Nullable(
    Type.String({
      description:
        'Web page of that record when it has one and the caller’s roles open it (/feedback/<id>, /proposals/<id>, /access-applications/<id>, /presence?centreId=<id>, /centres/<id>, /organisations/<id>)',
    }),
  ),
  period: Nullable(Type.String({ description: 'Period of a recurring duty: 2026-Q4, 2026, 2026-2028, 2026/2' })),
  startDate: IsoDate('The day its clock started'),
  dueDate: IsoDate('The due date'),
  status: StringEnum(
    API_STATUSES,
    'open; overdue (open past its due date in Riga time); fulfilled_on_time; fulfilled_late; cancelled',
  ),
  fulfilledOn: Nullable(IsoDate('The day it was done')),
  fulfilledByName: Nullable(Type.String({ description: 'Who recorded it as done' })),
  cancelledReason: Nullable(Type.String({ description: 'Why it was cancelled' })),
  closes: CloserSchema,
  closedBy: Nullable(
    StringEnum(
      ['action', 'record'] as const,
      'How a fulfilled one was closed: by the action in its capability, or recorded as done by its organisation',
    ),
  ),
  record: Nullable(RecordSchema),
  explanation: ExplanationSchema,
  createdAt: Instant('When it was opened'),
  updatedAt: Instant('When it last changed'),
});
export type ObligationOut = Static<typeof ObligationSchema>;

const COUNTS = {
  closedByAction: Type.Integer({ description: 'Fulfilled by the action in its capability' }),
  closedByRecord: Type.Integer({ description: 'Fulfilled by a record of its organisation' }),
  open: Type.Integer({ description: 'Open, not yet due' }),
  overdue: Type.Integer({ description: 'Open past the due date' }),
  fulfilledOnTime: Type.Integer({ description: 'Done by the due date' }),
  fulfilledLate: Type.Integer({ description: 'Done after the due date' }),
  cancelled: Type.Integer({ description: 'Fell away' }),
  total: Type.Integer({ description: 'All of them' }),
};

export const SummarySchema = Obj({
  items: Type.Array(
    Obj({
      ruleId: Type.String({ description: 'Requirement ID of the rule' }),
      titleLv: Type.String({ description: 'Title in Latvian' }),
      titleEn: Type.String({ description: 'Title in English' }),
      ...COUNTS,
    }),
    { description: 'Counts per rule, in the order of the registry; rules without obligations are left out' },
  ),
  totals: Obj(COUNTS, { description: 'Counts over all rules' }),
});
export type SummaryOut = Static<typeof SummarySchema>;

const VersionSchema = Obj({
  number: Type.Integer({ description: 'Version number, 1 for the oldest' }),
  validFrom: IsoDate('First start date it applies to'),
  validTo: Nullable(IsoDate('Last start date it applies to; null while in force')),
  unit: StringEnum(UNITS, 'How the due date is counted'),
  amount: Nullable(Type.Integer({ description: 'Working days or months' })),
  direction: StringEnum(['after', 'before'] as const, "'before': counted backwards from the event"),
  monthDay: Nullable(Type.String({ description: "For 'fixed_date': the day of the year (MM-DD)" })),
  basis: Type.String({ description: 'Where this version and its dates come from' }),
});

export const RuleSchema = Obj({
  id: Type.String({ description: 'Requirement ID in the requirements catalogue' }),
  listedAs: Nullable(
    Type.String({ description: 'The catalogue entry that lists this clause, when it is listed under another ID' }),
  ),
  titleLv: Type.String({ description: 'Title in Latvian' }),
  titleEn: Type.String({ description: 'Title in English' }),
  kind: StringEnum(['deadline', 'retention'] as const, 'deadline: done by the due date; retention: kept until it'),
  startEvent: Type.String({ description: "What starts the clock ('calendar' for a recurring duty)" }),
  owedBy: Type.Array(
    Type.String({ description: 'ministry, maintainer, institution, holder, municipality, centre or committee' }),
    { description: 'Who owes it' },
  ),
  fulfilledByLv: Type.String({ description: 'What fulfils it, in Latvian' }),
  fulfilledByEn: Type.String({ description: 'What fulfils it, in English' }),
  recurrence: Nullable(
    Obj(
      {
        every: StringEnum(
          ['quarter', 'year', 'three_years'] as const,
          'Length of a period (three-year periods from 2017)',
        ),
        times: Type.Integer({ description: 'Occurrences per period' }),
        clockStarts: StringEnum(
          ['period_start', 'after_period'] as const,
          "Whether a period's clock starts at its first day or the day after its end",
        ),
      },
      { description: 'For a recurring duty' },
    ),
  ),
  closes: CloserSchema,
  versions: Type.Array(VersionSchema, { description: 'Versions by effective date, oldest first' }),
});
export type RuleOut = Static<typeof RuleSchema>;

/** The status as the API shows it: an open obligation past its due date (in Riga) is overdue. */
export function apiStatus(row: Pick<PresentableRow, 'status' | 'due_date' | 'rule_id'>, today: string): ApiStatus {
  if (row.status !== 'open') return row.status;
  const retention = ruleById(row.rule_id)?.kind === 'retention';
  return !retention && row.due_date < today ? 'overdue' : 'open';
}

/** How a rule's duties close: its own entry, or (started by an event in a capability) that capability's action. */
export function closerOf(rule: ObligationRule | undefined): CloserOut {
  const c = rule?.closedBy;
  if (c?.by === 'record') return { by: 'record', capability: null, actionLv: null, actionEn: null, path: null };
  if (c) return { by: 'action', capability: c.capability, actionLv: c.actionLv, actionEn: c.actionEn, path: c.path };
  return {
    by: 'action',
    capability: null,
    actionLv: rule?.fulfilledByLv ?? null,
    actionEn: rule?.fulfilledByEn ?? null,
    path: null,
  };
}

function presentRecord(row: PresentableRow, documents?: ReadonlyMap<string, DocumentMeta>) {
  if (row.record_done_on === null || row.record_note === null || row.record_recorded_at === null) return null;
  return {
    doneOn: row.record_done_on,
    note: row.record_note,
    document: (row.record_document_id && documents?.get(row.record_document_id)) || null,
    recordedByName: row.record_recorded_by_name,
    recordedAt: new Date(row.record_recorded_at).toISOString(),
  };
}

/**
 * `names`: descriptions of subjects other capabilities own (subjects.ts), by subjectKey; `documents`: the records'
 * documents by id.
 */
export function presentObligation(
  row: PresentableRow,
  today: string,
  names?: ReadonlyMap<string, SubjectName>,
  documents?: ReadonlyMap<string, DocumentMeta>,
): ObligationOut {
  const rule = ruleById(row.rule_id);
  const described = names?.get(subjectKey(row.subject_type, row.subject_id));
  return {
    id: row.id,
    ruleId: row.rule_id,
    ruleVersion: row.rule_version,
    ruleTitleLv: rule?.titleLv ?? row.rule_id,
    ruleTitleEn: rule?.titleEn ?? row.rule_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    centreId: row.centre_id,
    centreName: row.centre_name,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectName: described?.lv ?? null,
    subjectNameEn: described?.en ?? null,
    subjectPath: described?.path ?? null,
    period: row.period,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: apiStatus(row, today),
    fulfilledOn: row.fulfilled_on,
    fulfilledByName: row.fulfilled_by_name,
    cancelledReason: row.cancelled_reason,
    closes: closerOf(rule),
    closedBy: row.closed_by,
    record: presentRecord(row, documents),
    explanation: row.explanation as ExplanationOut,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function presentRule(rule: ObligationRule): RuleOut {
  return {
    id: rule.id,
    listedAs: rule.listedAs ?? null,
    titleLv: rule.titleLv,
    titleEn: rule.titleEn,
    kind: rule.kind,
    startEvent: rule.startEvent,
    owedBy: [...rule.owedBy],
    fulfilledByLv: rule.fulfilledByLv,
    fulfilledByEn: rule.fulfilledByEn,
    closes: closerOf(rule),
    recurrence: rule.recurrence
      ? { every: rule.recurrence.every, times: rule.recurrence.times ?? 1, clockStarts: rule.recurrence.clockStarts }
      : null,
    versions: rule.versions.map((v, i) => ({
      number: i + 1,
      validFrom: v.validFrom,
      validTo: v.validTo,
      unit: v.deadline.unit,
      amount: 'amount' in v.deadline ? v.deadline.amount : null,
      direction: 'direction' in v.deadline ? v.deadline.direction : 'after',
      monthDay: v.deadline.unit === 'fixed_date' ? v.deadline.monthDay : null,
      basis: v.basis,
    })),
  };
}
