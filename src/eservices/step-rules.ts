// What each step of AM-1.5 checks and records. Pure functions of the input, the record and today's Riga date: each
// returns the changes to write (the anonymous record, the client's personal data) and what its audit event keeps.
// Audit events never hold the client's personal data: the trail is permanent, DR-27.3 removes those after 3 months.
import type { AuthorisedEservicesTable, EserviceStep } from './tables.ts';
import type { Updateable } from 'kysely';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import type { MessageCode } from '../platform/i18n/messages.ts';
import { isValidPersonalCode, normalisePersonalCode } from '../platform/identifiers/personal-code.ts';
import { keptUntil, removableFrom } from './retention.ts';
import type {
  CompletedIn,
  CompletionTimeIn,
  DeliveryIn,
  FiledIn,
  IdentityIn,
  InformedIn,
  PortalIn,
  ResultToldIn,
  SignedIn,
} from './schemas.ts';

export interface StepState {
  filed_on: string | null;
}

export interface StepEffect {
  record?: Updateable<AuthorisedEservicesTable>;
  /** The client's personal data: created by the identity step, completed later (DR-27.3 removes them). */
  newClient?: { name: string; personal_code: string; document_number: string; document_valid_until: string };
  client?: { postal_address?: string | null; filing_reference?: string | null };
  audit: Record<string, unknown>;
}

export interface StepInputs {
  identity: IdentityIn;
  portal_identification: PortalIn;
  data_use_informed: InformedIn;
  authorisation_signed: SignedIn;
  filed: FiledIn;
  completion_time_told: CompletionTimeIn;
  delivery: DeliveryIn;
  result_told: ResultToldIn;
  completed: CompletedIn;
}

type Rule<S extends EserviceStep> = (input: StepInputs[S], state: StepState, today: string) => StepEffect;

/** Collects every field problem of a step so that the form can show them all at once. */
class Issues {
  private list: FieldIssue[] = [];
  add(field: string, code: MessageCode): void {
    this.list.push({ field, code });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

function confirmed(issues: Issues, field: string, value: boolean): void {
  if (value !== true) issues.add(field, 'eservice_confirmation_required');
}

/** A day that has happened (not after today) and not before the filing day. */
function pastDay(issues: Issues, field: string, day: string, today: string, state: StepState): void {
  if (day > today) issues.add(field, 'eservice_date_in_future');
  else if (state.filed_on && day < state.filed_on) issues.add(field, 'eservice_date_before_filing');
}

export const STEP_RULES: { [S in EserviceStep]: Rule<S> } = {
  // AM-1.5 22.1¹, DR-27.1: a valid personal code and an identity document valid today (or later).
  identity: (input, _state, today) => {
    const issues = new Issues();
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!name) issues.add('/name', 'field_required');
    const code = normalisePersonalCode(input.personalCode);
    if (!code || !isValidPersonalCode(code)) issues.add('/personalCode', 'eservice_personal_code_invalid');
    const number = input.document.number.trim().replace(/\s+/g, ' ').toUpperCase();
    if (number.length < 4) issues.add('/document/number', 'field_required');
    if (input.document.validUntil < today) issues.add('/document/validUntil', 'eservice_document_expired');
    issues.throwIfAny();
    return {
      record: { document_type: input.document.type },
      newClient: {
        name,
        personal_code: code!,
        document_number: number,
        document_valid_until: input.document.validUntil,
      },
      audit: { documentType: input.document.type, documentValidOnTheDay: true },
    };
  },
  // AM-1.5 22.1²
  portal_identification: (input) => {
    const issues = new Issues();
    confirmed(issues, '/confirmed', input.confirmed);
    issues.throwIfAny();
    return { record: { eid_means: input.means }, audit: { means: input.means } };
  },
  // AM-1.5 22.1³, 22.1⁴
  data_use_informed: (input) => {
    const issues = new Issues();
    confirmed(issues, '/confirmed', input.confirmed);
    issues.throwIfAny();
    return { audit: { informed: true } };
  },
  // AM-1.5 22.1³: two signed copies, the centre's archived.
  authorisation_signed: (input) => {
    const issues = new Issues();
    confirmed(issues, '/bothCopiesSigned', input.bothCopiesSigned);
    confirmed(issues, '/centreCopyArchived', input.centreCopyArchived);
    issues.throwIfAny();
    const archiveReference = input.archiveReference?.trim() || null;
    return {
      record: { centre_copy_archived: true, archive_reference: archiveReference },
      audit: { copies: 2, centreCopyArchived: true, archiveReference },
    };
  },
  // AM-1.5 22.1⁵, DR-27.3
  filed: (input, _state, today) => {
    const issues = new Issues();
    confirmed(issues, '/dataConfirmed', input.dataConfirmed);
    const reference = input.filingReference.trim();
    if (!reference) issues.add('/filingReference', 'field_required');
    issues.throwIfAny();
    return {
      record: { filed_on: today },
      client: { filing_reference: reference },
      audit: { filedOn: today, dataConfirmed: true },
    };
  },
  // AM-1.5 22.1⁶: a date not in the past, or none when the e-service gives none.
  completion_time_told: (input, _state, today) => {
    const issues = new Issues();
    const planned = input.plannedCompletionOn;
    if (planned !== null && planned < today) issues.add('/plannedCompletionOn', 'eservice_date_in_past');
    issues.throwIfAny();
    return { record: { planned_completion_on: planned }, audit: { plannedCompletionOn: planned } };
  },
  // DR-28: the e-address when activated; otherwise by post (to an address) or in person at the centre.
  delivery: (input) => {
    const issues = new Issues();
    const address = input.postalAddress?.trim().replace(/\s+/g, ' ') || null;
    if (input.eAddressActivated && input.channel !== 'e_address')
      issues.add('/channel', 'eservice_delivery_e_address_first');
    if (!input.eAddressActivated && input.channel === 'e_address')
      issues.add('/channel', 'eservice_delivery_e_address_not_activated');
    if (input.channel === 'post' && !address) issues.add('/postalAddress', 'field_required');
    if (input.channel !== 'post' && address) issues.add('/postalAddress', 'eservice_delivery_address_only_for_post');
    issues.throwIfAny();
    return {
      record: { delivery_channel: input.channel },
      client: { postal_address: address },
      audit: { channel: input.channel, eAddressActivated: input.eAddressActivated },
    };
  },
  // AM-1.5 22.1⁷: told when asked.
  result_told: (input, state, today) => {
    const issues = new Issues();
    const toldOn = input.toldOn ?? null;
    if (input.asked && !toldOn) issues.add('/toldOn', 'field_required');
    if (!input.asked && toldOn) issues.add('/toldOn', 'eservice_result_not_asked');
    if (input.asked && toldOn) pastDay(issues, '/toldOn', toldOn, today, state);
    issues.throwIfAny();
    return {
      record: { result_asked: input.asked, result_told_on: input.asked ? toldOn : null },
      audit: { asked: input.asked, toldOn },
    };
  },
  // DR-27.3 counts from the completion day.
  completed: (input, state, today) => {
    const issues = new Issues();
    const completedOn = input.completedOn ?? today;
    pastDay(issues, '/completedOn', completedOn, today, state);
    issues.throwIfAny();
    return {
      record: { status: 'completed', completed_on: completedOn },
      audit: { completedOn, keptUntil: keptUntil(completedOn), removableFrom: removableFrom(completedOn) },
    };
  },
};
