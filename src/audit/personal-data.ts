// The second line of defence between stored audit events and their readers (ministry, auditors, maintainers), who see
// no contact, no submitter and no e-service client. The capabilities record no personal free text or identifiers
// (contacts/audit-view.ts, feedback/presenters.ts auditView, the e-service steps' `audit`), but events written before
// they stopped doing so (demo data, older versions) still hold some, and the hash chain forbids editing them. So the
// presenter withholds the known personal keys of the payloads on the way out; the stored event, and its hash, stay.

/** What a withheld value reads as: it was there, its content is not for this reader. */
export const WITHHELD = '[withheld]';

/** Keys that name personal data wherever they appear (none of them is used for anything else in any payload). */
const EVERYWHERE = [
  'personalCode',
  'personal_code',
  'clientCode',
  'client_code',
  'submitterName',
  'submitter_name',
  'replyAddress',
  'reply_address',
  'answerText',
  'answer_text',
  'decisionText',
  'decision_text',
  'postalAddress',
  'postal_address',
  'filingReference',
  'filing_reference',
  'documentNumber',
  'document_number',
];

/** Keys that are personal in one kind of record only ("name" of an e-service's client, not of a service). */
const BY_ENTITY: Record<string, readonly string[]> = {
  // The note is free text about the visit; a top-level identifier was person.code_viewed's masked code.
  contact: ['note', 'identifier', 'client'],
  // The submission, its submitter and the grounds of a contest are the submitter's own words.
  feedback_case: ['text', 'submitter', 'grounds', 'client'],
  // DR-27: the client's name, code, document, address and filing reference.
  authorised_eservice: ['name', 'client', 'document'],
};

function withheld(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // A client object keeps its kind (natural or legal person): what it was, not who.
  if (key === 'client' && typeof value === 'object' && !Array.isArray(value)) {
    const kind = (value as Record<string, unknown>).kind;
    return typeof kind === 'string' ? { kind } : WITHHELD;
  }
  return WITHHELD;
}

function strip(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      keys.has(k) ? withheld(k, v) : strip(v, keys),
    ]),
  );
}

const keySets = new Map<string, ReadonlySet<string>>();

function keysFor(entityType: string): ReadonlySet<string> {
  let keys = keySets.get(entityType);
  if (!keys) {
    keys = new Set([...EVERYWHERE, ...(BY_ENTITY[entityType] ?? [])]);
    keySets.set(entityType, keys);
  }
  return keys;
}

/** The payload (before or after) of an event about the entity type, with its personal keys withheld at any depth. */
export function withoutPersonalData(entityType: string, payload: unknown): unknown {
  return strip(payload, keysFor(entityType));
}
