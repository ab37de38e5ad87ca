// Names of the records obligations are about, for the dashboards. Organisations and centres are named in SQL with
// the list (list-repository.ts); the records of other capabilities are described by their owners, one query per
// subject type for a whole page (never one per row): a contact at the counter (DR-25.1.7.3) by its centre, day and channel, a
// feedback case by its number and kind. Never with the client's code, the submitter's name, address or text.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { describeContacts } from '../contacts/lookups.ts';
import { describeFeedbackCases } from '../feedback/lookups.ts';
import { lvDate } from './format.ts';

export interface SubjectName {
  lv: string;
  en: string;
  /** The web page of the record, when it has one. */
  path: string | null;
}

interface SubjectRef {
  subject_type: string;
  subject_id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CHANNELS: Record<string, { lv: string; en: string }> = {
  in_person: { lv: 'klātienē', en: 'in person' },
  phone: { lv: 'tālrunis', en: 'phone' },
  email: { lv: 'e-pasts', en: 'e-mail' },
  e_address: { lv: 'e-adrese', en: 'e-address' },
  post: { lv: 'pasts', en: 'post' },
  video: { lv: 'videozvans', en: 'video call' },
};

const CASE_KINDS: Record<string, { lv: string; en: string }> = {
  complaint: { lv: 'Sūdzība', en: 'Complaint' },
  question: { lv: 'Jautājums', en: 'Question' },
  suggestion: { lv: 'Ierosinājums', en: 'Suggestion' },
};

export const subjectKey = (type: string, id: string): string => `${type}:${id}`;

function idsOf(rows: readonly SubjectRef[], type: string): string[] {
  return [...new Set(rows.filter((r) => r.subject_type === type && UUID.test(r.subject_id)).map((r) => r.subject_id))];
}

/** Names of the contacts and feedback cases among `rows`' subjects, by subjectKey(type, id). */
export async function nameSubjects(db: Kysely<DB>, rows: readonly SubjectRef[]): Promise<Map<string, SubjectName>> {
  const names = new Map<string, SubjectName>();
  const contactIds = idsOf(rows, 'contact');
  const caseIds = idsOf(rows, 'feedback_case');
  const [contacts, cases] = await Promise.all([describeContacts(db, contactIds), describeFeedbackCases(db, caseIds)]);
  for (const c of contacts) {
    const channel = CHANNELS[c.channel] ?? { lv: c.channel, en: c.channel };
    const day = String(c.occurred_on);
    names.set(subjectKey('contact', c.id), {
      lv: `Kontakts: ${c.centre_name}, ${lvDate(day)} (${channel.lv})`,
      en: `Contact: ${c.centre_name}, ${day} (${channel.en})`,
      path: null,
    });
  }
  for (const c of cases) {
    const kind = CASE_KINDS[c.kind] ?? { lv: c.kind, en: c.kind };
    names.set(subjectKey('feedback_case', c.id), {
      lv: `${kind.lv} Nr. ${c.number}`,
      en: `${kind.en} No. ${c.number}`,
      path: `/feedback/${c.id}`,
    });
  }
  return names;
}
