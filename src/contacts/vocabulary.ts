// The words of a contact (CR-17.x): how the client came, what happened, how it ended. The lists are the API's
// enums and the migration's checks (0007_contacts.sql); change both together.
import type { ContactChannel, ContactOutcome, ContactType } from './tables.ts';

export const CHANNELS = [
  'in_person',
  'phone',
  'email',
  'e_address',
  'video',
] as const satisfies readonly ContactChannel[];

/** CR-17.1 … CR-17.4, CR-17.13: what the centre did for the client. */
export const CONTACT_TYPES = [
  'information',
  'application_accepted',
  'eservice_consultation',
  'eservice_filed_on_behalf',
  'e_address_consultation',
  'documents_handed_out',
  'complaint',
  'question',
  'suggestion',
] as const satisfies readonly ContactType[];

export const OUTCOMES = [
  'resolved_on_spot',
  'referred_to_institution',
  'application_forwarded',
  'callback_needed',
  'answered_in_writing',
  'other',
  'awaiting_reply',
] as const satisfies readonly ContactOutcome[];

export const CLIENT_KINDS = ['natural_person', 'legal_person'] as const;

/** DR-25.1.7.3: contacts that came in writing are answered within 3 working days. */
export const WRITTEN_CHANNELS: readonly ContactChannel[] = ['email', 'e_address'];

export function isWritten(channel: ContactChannel): boolean {
  return WRITTEN_CHANNELS.includes(channel);
}

/** DR-25.1.7.3: the outcome of a written contact until its answer is registered (the answer sets the final one). */
export const AWAITING_REPLY = 'awaiting_reply' satisfies ContactOutcome;

/**
 * The outcome follows the channel (DR-25.1.7.3): a written contact awaits its reply until answered, and only it does.
 * `given` is the outcome asked for (undefined: the default for the channel); the issue code names what is wrong.
 */
export function outcomeFor(
  channel: ContactChannel,
  given: ContactOutcome | undefined,
  answered: boolean,
): { outcome: ContactOutcome; issue?: 'contact_outcome_awaits_reply' | 'contact_outcome_not_awaiting' } {
  const awaiting = isWritten(channel) && !answered;
  if (given === undefined) return { outcome: awaiting ? AWAITING_REPLY : 'resolved_on_spot' };
  if (awaiting && given !== AWAITING_REPLY) return { outcome: given, issue: 'contact_outcome_awaits_reply' };
  if (!awaiting && given === AWAITING_REPLY) return { outcome: given, issue: 'contact_outcome_not_awaiting' };
  return { outcome: given };
}

/**
 * Types that are about a service of the catalogue (CR-17.1, CR-17.2, CR-17.3): at least one service is named. An
 * e-address consultation (CR-17.4), a complaint, a question or a suggestion may concern no service.
 */
export const TYPES_NEEDING_SERVICE: readonly ContactType[] = [
  'information',
  'application_accepted',
  'eservice_consultation',
  'eservice_filed_on_behalf',
  'documents_handed_out',
];

/** CR-20.8 (applications) and CR-20.9 (information): the types the reception-hours rule restricts. */
export const TYPES_RESTRICTED_BY_RECEPTION: readonly ContactType[] = ['application_accepted', 'information'];

/** The state of a written contact, computed when read (Riga time). Spoken contacts are closed when registered. */
export const CONTACT_STATES = ['closed', 'open', 'overdue', 'answered', 'answered_late'] as const;
export type ContactState = (typeof CONTACT_STATES)[number];

export const LIMITS = { services: 10, institutions: 10, note: 1000, idempotencyKey: 200 } as const;
