// Registering a complaint, question or suggestion at a centre (CR-17.13): checked against the centre, its point and
// the catalogue, routed to whoever answers (CR-19.7, CR-20.7), put at its level (SR-19), given its due date from
// the calendar (terms.ts), and audited, in one transaction.
import { randomUUID } from 'node:crypto';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Deps } from '../db.ts';
import type { FeedbackAddressee, FeedbackKind } from './tables.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { isCentreStaff } from './policy.ts';
import { auditView, type CaseDetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { RegisterIn } from './schemas.ts';
import { caseDetail } from './service.ts';
import { applyTerm } from './terms.ts';

/** CR No. 401, which makes the centre register complaints (CR-17.13), is in force from this day. */
export const FIRST_DAY = '2017-07-01';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** SR-19.2: complaints are examined at level 2; questions and suggestions start at the front line. */
export function levelFor(kind: FeedbackKind): 1 | 2 {
  return kind === 'complaint' ? 2 : 1;
}

export function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw ValidationError.field(field, 'field_required');
  return trimmed;
}

/** Only what is needed to answer: an address on the reply channel, none for an answer at the centre. */
function replyAddressOf(input: RegisterIn['submitter']): { address: string | null; issue?: FieldIssue } {
  const field = '/submitter/replyAddress';
  const address = input.replyAddress?.trim() || null;
  if (input.replyChannel === 'in_person') {
    if (address !== null) return { address, issue: { field, code: 'feedback_reply_address_not_needed' } };
    return { address: null };
  }
  if (address === null) return { address, issue: { field, code: 'field_required' } };
  if (input.replyChannel === 'email') {
    if (!EMAIL.test(address) || address.length > 254)
      return { address, issue: { field, code: 'field_format', params: { format: 'email' } } };
    return { address: address.toLowerCase() };
  }
  if (input.replyChannel === 'e_address' && address.length < 3)
    return { address, issue: { field, code: 'field_too_short', params: { limit: 3 } } };
  return { address };
}

function receivedAtOf(value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw ValidationError.field('/receivedAt', 'field_format', { format: 'date-time' });
  if (at.getTime() > now.getTime()) throw ValidationError.field('/receivedAt', 'field_date_future');
  if (rigaDate(at) < FIRST_DAY) throw ValidationError.field('/receivedAt', 'feedback_received_too_early');
  return at;
}

/** The service (published or withdrawn: a draft is nothing a client can have used). */
export async function serviceFor(deps: Deps, id: string, field: string) {
  const service = await repo.findService(deps.db, id);
  if (!service || service.status === 'draft') throw ValidationError.field(field, 'feedback_service_unknown');
  return service;
}

/** CR-19.7 when the service's holder answers, CR-20.7 when the centre does; the default follows the service. */
export function addresseeFor(
  wanted: FeedbackAddressee | undefined,
  municipalityId: string,
  service: { holder_id: string } | undefined,
  field: string,
): { addressee: FeedbackAddressee; organisationId: string } {
  const to = wanted ?? (service && service.holder_id !== municipalityId ? 'holder' : 'centre');
  if (to === 'centre') return { addressee: 'centre', organisationId: municipalityId };
  if (!service) throw ValidationError.field(field, 'feedback_route_needs_service');
  // The municipality's own service is answered by its centre: routing it "to the holder" would be the same body twice.
  if (service.holder_id === municipalityId) throw ValidationError.field(field, 'feedback_holder_is_centre');
  return { addressee: 'holder', organisationId: service.holder_id };
}

/**
 * CR-17.13: the contact the case came with was registered at the case's centre, whose staff the caller is. Another
 * centre's contact and an id that names nothing get the same answer, so that nobody learns what exists elsewhere.
 */
async function checkContact(deps: Deps, contactId: string, centreId: string): Promise<void> {
  const contact = await repo.findContactCentre(deps.db, contactId);
  if (!contact || contact.centre_id !== centreId) throw ValidationError.field('/contactId', 'feedback_contact_unknown');
}

export async function registerCase(deps: Deps, input: RegisterIn, context: AuditContext): Promise<CaseDetailOut> {
  const actor = context.actor;
  const centre = await repo.findCentre(deps.db, input.centreId);
  if (!centre) throw ValidationError.field('/centreId', 'centre_unknown');
  const centreRef = { centreId: centre.id, municipalityId: centre.municipality_id };
  if (!isCentreStaff(actor, centreRef)) throw ValidationError.field('/centreId', 'feedback_centre_not_yours');
  if (input.servicePointId) {
    const point = await repo.findPoint(deps.db, input.servicePointId);
    if (!point || point.centre_id !== centre.id)
      throw ValidationError.field('/servicePointId', 'feedback_point_not_in_centre');
  }
  if (input.contactId) await checkContact(deps, input.contactId, centre.id);
  const service = input.serviceId ? await serviceFor(deps, input.serviceId, '/serviceId') : undefined;
  const now = deps.now();
  const receivedAt = receivedAtOf(input.receivedAt, now);
  const receivedOn = rigaDate(receivedAt);
  // The submitter's fields are checked together, so that the form shows every mistake at once.
  const name = input.submitter.name.trim();
  const reply = replyAddressOf(input.submitter);
  const text = input.text.trim();
  const issues: FieldIssue[] = [];
  if (!name) issues.push({ field: '/submitter/name', code: 'field_required' });
  if (reply.issue) issues.push(reply.issue);
  if (!text) issues.push({ field: '/text', code: 'field_required' });
  if (issues.length > 0) throw new ValidationError(issues);
  const replyAddress = reply.address;
  const routed = addresseeFor(input.routeTo, centre.municipality_id, service, '/routeTo');
  const level = levelFor(input.kind);
  const id = randomUUID();

  return inTransaction(deps.db, async (trx) => {
    const term = await applyTerm(
      trx,
      deps,
      { id, channel: input.channel, receivedOn },
      { ...routed, centreId: centre.id },
      context,
    );
    await repo.insertCase(
      trx,
      {
        id,
        kind: input.kind,
        centre_id: centre.id,
        service_point_id: input.servicePointId ?? null,
        service_id: service?.id ?? null,
        contact_id: input.contactId ?? null,
        channel: input.channel,
        received_at: receivedAt,
        received_on: receivedOn,
        submitter_name: name,
        reply_channel: input.submitter.replyChannel,
        reply_address: replyAddress,
        text,
        addressee: routed.addressee,
        addressee_org_id: routed.organisationId,
        level,
        due_date: term.dueDate,
        due_rule: term.ruleId,
        due_explanation: term.explanation,
        answer_text: null,
        answer_channel: null,
        answered_on: null,
        answered_at: null,
        answered_by: null,
        answered_level: null,
        contest_subject: null,
        registered_by: actor.userId,
      },
      now,
    );
    await repo.insertEvent(trx, {
      case_id: id,
      type: 'registered',
      occurred_at: now,
      actor_user_id: actor.userId,
      actor_label: actor.label,
      addressee: routed.addressee,
      addressee_org_id: routed.organisationId,
      level,
      reason: null,
    });
    const row = (await repo.findCase(trx, id))!;
    await recordAudit(trx, context, {
      action: 'feedback.register',
      entityType: 'feedback_case',
      entityId: id,
      after: auditView(row),
    });
    return (await caseDetail(trx, actor, id, rigaDate(now)))!;
  });
}
