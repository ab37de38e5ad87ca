// The counter form's values (a draft) and what they become in the API: a registration's body, the same bytes on
// every retry of its Idempotency-Key, and a change's body; and the way back, when a contact or an unsent
// registration is loaded into the form to be changed or corrected.
import type { Queued } from './outbox.ts';
import {
  clientOf,
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
    outcome: b.outcome,
    client: b.client?.personalCode ?? b.client?.regNo ?? '',
    removeClient: false,
    note: b.note ?? '',
  };
}
