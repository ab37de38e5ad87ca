// What the audit trail keeps of a contact. The trail is read by the ministry, auditors and maintainers, who see no
// contact at all (policy.ts: only the aggregate), so it keeps what happened and what changed without the personal
// part: never the note (free text about a person) nor the client's code, not even masked (a masked personal code
// and the day and centre narrow the client down to a few people). That a client or a note was recorded, and which
// fields a change touched, stays visible; the values themselves are read at the centre, with the contact.
import type { ContactRecord } from './repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The contact's facts: ids, vocabulary values and dates; the client as its kind only, the note as present or not. */
export function auditView(c: ContactRecord) {
  return {
    centreId: c.centre_id,
    servicePointId: c.service_point_id,
    employeeId: c.employee_id,
    occurredAt: iso(c.occurred_at),
    channel: c.channel,
    type: c.type,
    serviceIds: c.service_ids,
    institutionIds: c.institution_ids,
    outcome: c.outcome,
    clientKind: c.client_kind,
    hasNote: c.note !== null,
    dueOn: c.due_on,
    answeredAt: c.answered_at ? iso(c.answered_at) : null,
    // CR-7.1, AM-1.6: the basket version the registration was checked against.
    basketVersionId: c.basket_version_id,
  };
}

/** Each field as the API names it, with how to compare it: the note and the client compare their real values. */
const FIELDS: Record<string, (c: ContactRecord) => unknown> = {
  servicePointId: (c) => c.service_point_id,
  occurredAt: (c) => iso(c.occurred_at),
  channel: (c) => c.channel,
  type: (c) => c.type,
  serviceIds: (c) => c.service_ids.join(','),
  institutionIds: (c) => c.institution_ids.join(','),
  outcome: (c) => c.outcome,
  client: (c) => `${c.client_kind ?? ''}:${c.client_code ?? ''}`,
  note: (c) => c.note,
  dueOn: (c) => c.due_on,
  answeredAt: (c) => (c.answered_at ? iso(c.answered_at) : null),
};

/** The names of the fields a change touched, so that a changed note or client shows without its text or code. */
export function changedFields(before: ContactRecord, after: ContactRecord): string[] {
  return Object.entries(FIELDS)
    .filter(([, value]) => value(before) !== value(after))
    .map(([name]) => name);
}

/** A change's event: the facts before, and after with the names of the fields changed. */
export function auditChange(before: ContactRecord, after: ContactRecord) {
  return { before: auditView(before), after: { ...auditView(after), changed: changedFields(before, after) } };
}
