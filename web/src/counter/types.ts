// Shapes of the contacts API as the counter uses them, taken from the server's own definitions (type-only imports
// and the plain word lists of src/contacts/vocabulary.ts: nothing else of the server is bundled), so that the UI
// and the API cannot drift apart. The first word of each list is the counter's default.
import type { ContactChannel, ContactOutcome, ContactType } from '../../../src/platform/db/schema.ts';
import type { ContactOut } from '../../../src/contacts/presenters.ts';
import type { CounterServiceOut, DashboardOut } from '../../../src/contacts/service.ts';
import type { ContactState } from '../../../src/contacts/vocabulary.ts';

export { CHANNELS, CONTACT_TYPES, OUTCOMES } from '../../../src/contacts/vocabulary.ts';
export type { ContactOut, ContactState, ContactType, DashboardOut };
export type Channel = ContactChannel;
export type Outcome = ContactOutcome;
/** GET /api/v1/centres/:id/top-services and /counter-services. */
export type CounterService = CounterServiceOut;
export type ServiceRef = Pick<CounterService, 'id' | 'identifier' | 'name'>;

/** The service chosen in the form, with its holder's name for the confirmation line. */
export type ServiceChoice = ServiceRef & { holderName: string };

export interface ClientIn {
  personalCode?: string;
  regNo?: string;
}

/** POST /api/v1/contacts: what the counter sends, the same bytes on every retry of one Idempotency-Key. */
export interface ContactBody {
  centreId: string;
  servicePointId: string;
  occurredAt: string;
  channel: Channel;
  type: ContactType;
  serviceIds: string[];
  outcome: Outcome;
  client?: ClientIn;
  note?: string;
}

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
