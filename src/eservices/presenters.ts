// The shapes in which authorised e-services leave the API. The personal code is always masked here (revealing it
// is its own audited route); the client's data are shown only to the centre's staff, and not at all once removed.
import { Type, type Static } from 'typebox';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { EserviceStep } from './tables.ts';
import { maskPersonalCode } from '../platform/identifiers/personal-code.ts';
import type { EserviceRow, FilableServiceRow, StepRow } from './repository.ts';
import { ABANDONED_REASON, keptUntil, removableFrom } from './retention.ts';
import { DELIVERY_CHANNELS, DOCUMENT_TYPES, EID_MEANS, STATUSES } from './schemas.ts';
import { STEPS, STEP_NAMES, nextStep } from './steps.ts';

const Text = (description: string) => Type.String({ description });
const Day = (description: string) => Type.String({ description, format: 'date' });
const Moment = (description: string) => Type.String({ description, format: 'date-time' });
const StepSchema = StringEnum(STEP_NAMES, 'A step of the workflow (AM-1.5)');

const Ref = (what: string) => Obj({ id: Uuid(`${what} id`), name: Text('Name') }, { description: what });

export const FilableServiceSchema = Obj({
  id: Uuid('Service id'),
  identifier: Text('Catalogue identifier, e.g. PK-000123'),
  name: Obj(
    { lv: Text('Name in Latvian'), en: Nullable(Text('Name in English, where written')) },
    { description: 'Name of the version in force' },
  ),
  holderName: Text('The service holder'),
});
export type FilableServiceOut = Static<typeof FilableServiceSchema>;

const ServiceRefSchema = Obj(
  {
    id: Uuid('Service id'),
    identifier: Text('Catalogue identifier'),
    name: Obj(
      { lv: Text('Name in Latvian'), en: Nullable(Text('Name in English, where written')) },
      { description: 'Name of the version that was filed' },
    ),
    holderName: Text('The service holder'),
  },
  { description: 'The e-service filed (DR-29: its description allowed filing on the client’s behalf)' },
);

export const StepOutSchema = Obj({
  step: StepSchema,
  position: Type.Integer({ description: '1 … 9, the order of AM-1.5' }),
  clauses: Type.Array(Text('A clause the step fulfils, e.g. "AM-1.5 22.1¹"'), { description: 'What the step fulfils' }),
  done: Type.Boolean({ description: 'Taken' }),
  doneAt: Nullable(Moment('When')),
  doneBy: Nullable(Ref('Who took the step')),
});

const SummaryProperties = {
  id: Uuid('Authorised e-service id'),
  status: StringEnum(
    STATUSES,
    'in_progress until the completion step, then completed; cancelled when it will not be completed',
  ),
  centre: Ref('The centre'),
  service: ServiceRefSchema,
  startedAt: Moment('When the workflow started'),
  startedBy: Nullable(Ref('Who started it')),
  nextStep: Nullable(StepSchema),
  clientName: Nullable(Text("The client's name (centre staff only; null once removed, DR-27.3)")),
  personalCodeMasked: Nullable(
    Text('The personal code, masked (e.g. 120190-1****); the full code is an audited request'),
  ),
  completedOn: Nullable(Day('The day the e-service was completed')),
  deliveryChannel: Nullable(StringEnum(DELIVERY_CHANNELS, 'How the result reaches the client (DR-28)')),
};

export const SummarySchema = Obj(SummaryProperties);
export type SummaryOut = Static<typeof SummarySchema>;

export const DetailSchema = Obj({
  ...SummaryProperties,
  steps: Type.Array(StepOutSchema, { description: 'Every step of AM-1.5 in order, done or not' }),
  client: Nullable(
    Obj(
      {
        name: Text('Given name(s) and surname'),
        personalCodeMasked: Text('Personal code, masked'),
        documentNumber: Text('Identity document number'),
        documentValidUntil: Day('Identity document valid until'),
        postalAddress: Nullable(Text('Postal address for the result (DR-28)')),
        filingReference: Nullable(Text("The state portal's reference number")),
      },
      {
        description:
          "The client's personal data (centre staff only; null before the identity step and once removed, DR-27.3)",
      },
    ),
  ),
  documentType: Nullable(StringEnum(DOCUMENT_TYPES, 'Kind of identity document checked (DR-27.1)')),
  eidMeans: Nullable(StringEnum(EID_MEANS, 'Qualified eID the employee used on the state portal (AM-1.5 22.1²)')),
  centreCopyArchived: Type.Boolean({
    description: "The centre's copy of the authorisation is archived (AM-1.5 22.1³)",
  }),
  archiveReference: Nullable(Text('Where the centre filed its copy')),
  filedOn: Nullable(Day('The day it was filed on the state portal')),
  plannedCompletionOn: Nullable(Day('The planned completion date told (null: not told, or the e-service gives none)')),
  resultAsked: Nullable(Type.Boolean({ description: 'Whether the client asked to be told the result' })),
  resultToldOn: Nullable(Day('The day the result was told')),
  retention: Obj(
    {
      keptUntil: Nullable(
        Day('Last day the personal data are kept (three months after completion or cancellation, DR-27.3)'),
      ),
      removableFrom: Nullable(Day('The day the retention job removes them')),
      personalDataRemovedAt: Nullable(Moment('When they were removed')),
    },
    { description: 'DR-27.3: how long the personal data are kept' },
  ),
  cancellation: Nullable(
    Obj(
      {
        cancelledOn: Day('The Riga day it was cancelled; DR-27.3 counts three months from it'),
        cancelledAt: Moment('When'),
        cancelledBy: Nullable(Ref('Who cancelled it (null: the retention job, as abandoned)')),
        automatic: Type.Boolean({ description: 'Cancelled by the retention job: no step for 30 days (abandoned)' }),
        reason: Nullable(Text('Why (centre staff only; null once the personal data are removed)')),
      },
      { description: 'Set when the workflow was cancelled' },
    ),
  ),
  canAct: Type.Boolean({
    description: 'The caller is the centre’s staff: may take the next step, cancel, open the PDF and reveal the code',
  }),
});
export type DetailOut = Static<typeof DetailSchema>;

export const StatisticsSchema = Obj({
  from: Day('First day'),
  to: Day('Last day'),
  items: Type.Array(
    Obj({
      centre: Ref('The centre'),
      service: Obj(
        { id: Uuid('Service id'), identifier: Text('Identifier'), name: Text('Name in Latvian') },
        { description: 'The e-service' },
      ),
      status: StringEnum(STATUSES, 'Status'),
      deliveryChannel: Nullable(StringEnum(DELIVERY_CHANNELS, 'Delivery channel (DR-28)')),
      count: Type.Integer({ description: 'How many were started in the period' }),
    }),
    { description: 'Counts by centre, service, status and delivery channel; no personal data' },
  ),
});
export type StatisticsOut = Static<typeof StatisticsSchema>;

export function presentFilable(row: FilableServiceRow): FilableServiceOut {
  return {
    id: row.id,
    identifier: row.identifier,
    name: { lv: row.name_lv, en: row.name_en },
    holderName: row.holder_name,
  };
}

function presentSummary(row: EserviceRow, steps: readonly EserviceStep[], showClient: boolean): SummaryOut {
  return {
    id: row.id,
    status: row.status,
    centre: { id: row.centre_id, name: row.centre_name },
    service: {
      id: row.service_id,
      identifier: row.service_identifier,
      name: { lv: row.service_name_lv, en: row.service_name_en },
      holderName: row.holder_name,
    },
    startedAt: new Date(row.started_at).toISOString(),
    startedBy: row.started_by ? { id: row.started_by, name: row.started_by_name ?? '' } : null,
    nextStep: row.status === 'cancelled' ? null : (nextStep(steps) ?? null),
    clientName: showClient ? row.client_name : null,
    personalCodeMasked: showClient && row.client_personal_code ? maskPersonalCode(row.client_personal_code) : null,
    completedOn: row.completed_on,
    deliveryChannel: row.delivery_channel,
  };
}

/** A list row: the steps are taken in order, so their count says which are done. */
export function presentListItem(row: EserviceRow, showClient: boolean): SummaryOut {
  return presentSummary(row, STEP_NAMES.slice(0, Number(row.steps_done ?? 0)), showClient);
}

export interface DetailData {
  row: EserviceRow;
  steps: StepRow[];
  client:
    | {
        name: string;
        personal_code: string;
        document_number: string;
        document_valid_until: string;
        postal_address: string | null;
        filing_reference: string | null;
      }
    | undefined;
  canAct: boolean;
}

export function presentDetail({ row, steps, client, canAct }: DetailData): DetailOut {
  const done = new Map(steps.map((s) => [s.step, s]));
  const showClient = canAct && !!client;
  const closedOn = row.completed_on ?? row.cancelled_on;
  return {
    ...presentSummary(
      row,
      steps.map((s) => s.step),
      showClient,
    ),
    steps: STEPS.map((definition, i) => {
      const s = done.get(definition.step);
      return {
        step: definition.step,
        position: i + 1,
        clauses: [...definition.clauses],
        done: !!s,
        doneAt: s ? new Date(s.done_at).toISOString() : null,
        doneBy: s?.done_by ? { id: s.done_by, name: s.done_by_name ?? '' } : null,
      };
    }),
    client:
      showClient && client
        ? {
            name: client.name,
            personalCodeMasked: maskPersonalCode(client.personal_code),
            documentNumber: client.document_number,
            documentValidUntil: client.document_valid_until,
            postalAddress: client.postal_address,
            filingReference: client.filing_reference,
          }
        : null,
    documentType: row.document_type,
    eidMeans: row.eid_means,
    centreCopyArchived: row.centre_copy_archived,
    archiveReference: row.archive_reference,
    filedOn: row.filed_on,
    plannedCompletionOn: row.planned_completion_on,
    resultAsked: row.result_asked,
    resultToldOn: row.result_told_on,
    retention: {
      keptUntil: closedOn ? keptUntil(closedOn) : null,
      removableFrom: closedOn ? removableFrom(closedOn) : null,
      personalDataRemovedAt: row.personal_data_removed_at ? new Date(row.personal_data_removed_at).toISOString() : null,
    },
    cancellation:
      row.status === 'cancelled' && row.cancelled_on && row.cancelled_at
        ? {
            cancelledOn: row.cancelled_on,
            cancelledAt: new Date(row.cancelled_at).toISOString(),
            cancelledBy: row.cancelled_by ? { id: row.cancelled_by, name: row.cancelled_by_name ?? '' } : null,
            // The job records no user and its fixed reason (the reason is cleared with the personal data).
            automatic: row.cancelled_by === null && (row.cancel_reason ?? ABANDONED_REASON) === ABANDONED_REASON,
            reason: canAct ? row.cancel_reason : null,
          }
        : null,
    canAct,
  };
}

export function presentStatistics(
  from: string,
  to: string,
  rows: {
    centre_id: string;
    centre_name: string;
    service_id: string;
    service_identifier: string;
    service_name_lv: string;
    status: StatusOf;
    delivery_channel: DeliveryOf;
    n: number | string | bigint;
  }[],
): StatisticsOut {
  return {
    from,
    to,
    items: rows.map((r) => ({
      centre: { id: r.centre_id, name: r.centre_name },
      service: { id: r.service_id, identifier: r.service_identifier, name: r.service_name_lv },
      status: r.status,
      deliveryChannel: r.delivery_channel,
      count: Number(r.n),
    })),
  };
}

type StatusOf = (typeof STATUSES)[number];
type DeliveryOf = (typeof DELIVERY_CHANNELS)[number] | null;
