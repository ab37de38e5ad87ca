// The counter form's values (a draft) and what they become in the API: a registration's body, the same bytes on
// every retry of its Idempotency-Key, and a change's body; and the way back, when a contact or an unsent
// registration is loaded into the form to be changed or corrected.
import type { Queued } from './outbox.ts';
import {
  AWAITING_REPLY,
  clientOf,
  isWritten,
  type Channel,
  type ContactBody,
  type ContactOut,
  type ContactType,
  type Outcome,
  type ServiceChoice,
} from './types.ts';

export interface Draft {
  service: ServiceChoice | null;
  type: ContactType;
  channel: Channel;
  outcome: Outcome;
  client: string;
  /** Changing a contact: remove the client it has. */
  removeClient: boolean;
  note: string;
}

/** The common case at the counter: information given in person, resolved on the spot. */
export const EMPTY_DRAFT: Draft = {
  service: null,
  type: 'information',
  channel: 'in_person',
  outcome: 'resolved_on_spot',
  client: '',
  removeClient: false,
  note: '',
};

/**
 * A new channel, with the outcome following it (DR-25.1.7.3): a contact turning written awaits its reply, one turning
 * spoken is resolved on the spot by default; between two channels of one kind the chosen outcome stays.
 */
export function withChannel(draft: Draft, channel: Channel): Draft {
  if (isWritten(channel) === isWritten(draft.channel)) return { ...draft, channel };
  return { ...draft, channel, outcome: isWritten(channel) ? AWAITING_REPLY : EMPTY_DRAFT.outcome };
}

/** The form after a registration: empty, or keeping the type and the channel for a run of similar contacts. */
export function nextDraft(saved: Draft, keep: boolean): Draft {
  return keep ? withChannel({ ...EMPTY_DRAFT, type: saved.type }, saved.channel) : EMPTY_DRAFT;
}

/** What a new registration sends; its time is now, so a registration sent later keeps the moment it happened. */
export function createBody(draft: Draft, centreId: string, servicePointId: string): ContactBody {
  const client = clientOf(draft.client);
  const note = draft.note.trim();
  return {
    centreId,
    servicePointId,
    occurredAt: new Date().toISOString(),
    channel: draft.channel,
    type: draft.type,
    serviceIds: draft.service ? [draft.service.id] : [],
    outcome: draft.outcome,
    ...(client ? { client } : {}),
    ...(note ? { note } : {}),
  };
}

/** What a change sends: only the services when they changed (a contact may name several), the client when given. */
export function patchBody(draft: Draft, original: ContactOut): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: draft.type,
    channel: draft.channel,
    outcome: draft.outcome,
    note: draft.note.trim() || null,
  };
  if (draft.service?.id !== original.services[0]?.id) body.serviceIds = draft.service ? [draft.service.id] : [];
  const client = clientOf(draft.client);
  if (client) body.client = client;
  else if (draft.removeClient) body.client = null;
  return body;
}

export function draftOf(contact: ContactOut): Draft {
  const service = contact.services[0];
  const holder = contact.institutions[0];
  return {
    service: service ? { ...service, holderName: holder?.shortName ?? holder?.name ?? '' } : null,
    type: contact.type,
    channel: contact.channel,
    outcome: contact.outcome,
    client: '',
    removeClient: false,
    note: contact.note ?? '',
  };
}

export function draftOfQueued(item: Queued): Draft {
  const service = item.services[0];
  const b = item.body;
  return {
    service: service ? { ...service, holderName: '' } : null,
    type: b.type,
    channel: b.channel,
    // Queued before the outcome followed the channel: an unsent written contact awaits its reply (DR-25.1.7.3).
    outcome: isWritten(b.channel) ? AWAITING_REPLY : b.outcome,
    client: b.client?.personalCode ?? b.client?.regNo ?? '',
    removeClient: false,
    note: b.note ?? '',
  };
}
