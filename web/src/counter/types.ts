// Shapes of the contacts API as the counter uses them, derived from the generated schema (../api/schema.generated.ts)
// so that the UI and the API cannot drift apart. The first word of each list is the counter's default.
import { allOf } from '../api/enums.ts';
import type { ApiBody, ApiResponse, ItemOf } from '../api/types.ts';

/** GET /api/v1/contacts/{id}, and every other answer that is one contact. */
export type ContactOut = ApiResponse<'getContact'>;
/** GET /api/v1/centres/{id}/contact-dashboard. */
export type DashboardOut = ApiResponse<'getCentreContactDashboard'>;
export type ContactState = ContactOut['state'];
export type ContactType = ContactOut['type'];
export type Channel = ContactOut['channel'];
export type Outcome = ContactOut['outcome'];

export const CHANNELS = allOf<Channel>({ in_person: true, phone: true, email: true, e_address: true, video: true });
/** CR-17.1 … CR-17.4, CR-17.13: what the centre did for the client (in the server's order). */
export const CONTACT_TYPES = allOf<ContactType>({
  information: true,
  application_accepted: true,
  eservice_consultation: true,
  eservice_filed_on_behalf: true,
  e_address_consultation: true,
  documents_handed_out: true,
  complaint: true,
  question: true,
  suggestion: true,
});
export const OUTCOMES = allOf<Outcome>({
  resolved_on_spot: true,
  referred_to_institution: true,
  application_forwarded: true,
  callback_needed: true,
  answered_in_writing: true,
  other: true,
  awaiting_reply: true,
});
/** DR-25.1.7.3: contacts that came in writing await their reply (the outcome "awaiting_reply") until answered. */
export const WRITTEN_CHANNELS: readonly Channel[] = ['email', 'e_address'];
export const AWAITING_REPLY: Outcome = 'awaiting_reply';
export const isWritten = (channel: Channel) => WRITTEN_CHANNELS.includes(channel);

/** GET /api/v1/centres/{id}/top-services and /counter-services. */
export type CounterService = ItemOf<'listCentreCounterServices'>;
export type ServiceRef = Pick<CounterService, 'id' | 'identifier' | 'name'>;

/** The service chosen in the form, with its holder's name for the confirmation line. */
export type ServiceChoice = ServiceRef & { holderName: string };

type ContactIn = ApiBody<'createContact'>;
export type ClientIn = NonNullable<ContactIn['client']>;

/** POST /api/v1/contacts: what the counter sends, the same bytes on every retry of one Idempotency-Key. */
export type ContactBody = ContactIn & Required<Pick<ContactIn, 'occurredAt' | 'channel' | 'serviceIds' | 'outcome'>>;

/**
 * The client field takes either identifier: a personal code begins with its birth day (01…31) or 32…39 for the
 * codes issued since July 2017, a registration number of the Enterprise Register with 4, 5 or 9 (identifiers.md).
 */
export function clientOf(text: string): ClientIn | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (/^[0-3]/.test(value) || value.includes('-')) return { personalCode: value };
  return { regNo: value };
}
