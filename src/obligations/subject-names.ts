// How each kind of record an obligation is about is named, in Latvian and English, with its web page. The facts come
// from the record's owner (its lookups.ts: one query for a whole page of obligations, never one per row); the words
// are the dashboards'. Never with personal data: not a client's code, a submitter's or an employee's name, an address
// or a text.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { describeAccessApplications } from '../access-applications/lookups.ts';
import { changeRequestRefs, versionRefs } from '../basket/lookups.ts';
import { centreNamesById } from '../centres/lookups.ts';
import { describeContacts } from '../contacts/lookups.ts';
import { describeFeedbackCases } from '../feedback/lookups.ts';
import { organisationsById } from '../organisations/lookups.ts';
import { describePresenceNotices } from '../presence/lookups.ts';
import { proposalRefs } from '../proposals/lookups.ts';
import { lvDate } from './format.ts';

type Q = Kysely<DB> | Tx;

export interface SubjectName {
  lv: string;
  en: string;
  /** The web page of the record, when it has one. */
  path: string | null;
}

/** Names of the records of one type, by id; ids the owner does not know are left out. */
export type Describe = (q: Q, ids: string[]) => Promise<Iterable<readonly [string, SubjectName]>>;

type Words = Record<string, { lv: string; en: string }>;
const word = (words: Words, key: string) => words[key] ?? { lv: key, en: key };

const CHANNELS: Words = {
  in_person: { lv: 'klātienē', en: 'in person' },
  phone: { lv: 'tālrunis', en: 'phone' },
  email: { lv: 'e-pasts', en: 'e-mail' },
  e_address: { lv: 'e-adrese', en: 'e-address' },
  post: { lv: 'pasts', en: 'post' },
  video: { lv: 'videozvans', en: 'video call' },
};

const CASE_KINDS: Words = {
  complaint: { lv: 'Sūdzība', en: 'Complaint' },
  question: { lv: 'Jautājums', en: 'Question' },
  suggestion: { lv: 'Ierosinājums', en: 'Suggestion' },
};

// CR-19.1 … CR-19.4, as the presence page says them.
const NOTICE_KINDS: Words = {
  assignment: { lv: 'Norīkots darbinieks', en: 'Officer assigned' },
  hours_change: { lv: 'Jauns pieņemšanas laiks', en: 'New reception hours' },
  absence: { lv: 'Prombūtne bez aizvietotāja', en: 'Absence without a substitute' },
  substitution: { lv: 'Aizvietošana', en: 'Substitution' },
};

const ACTIONS: Words = {
  grant: { lv: 'piešķiršana', en: 'grant' },
  revoke: { lv: 'atsaukšana', en: 'revocation' },
};

/** A recurring duty's organisation, by its name. */
export const nameOrganisations: Describe = async (q, ids) =>
  [...(await organisationsById(q, ids))].map(([id, o]) => [
    id,
    { lv: o.name, en: o.name, path: `/organisations/${id}` },
  ]);

/** A recurring duty's centre, by its name; its public page. */
export const nameCentres: Describe = async (q, ids) =>
  [...(await centreNamesById(q, ids))].map(([id, name]) => [id, { lv: name, en: name, path: `/centres/${id}` }]);

/** DR-25.1.7.3: a contact at the counter by its centre, day and channel (a contact has no page of its own). */
export const nameContacts: Describe = async (q, ids) =>
  (await describeContacts(q, ids)).map((c) => {
    const channel = word(CHANNELS, c.channel);
    const day = String(c.occurred_on);
    return [
      c.id,
      {
        lv: `Kontakts: ${c.centre_name}, ${lvDate(day)} (${channel.lv})`,
        en: `Contact: ${c.centre_name}, ${day} (${channel.en})`,
        path: null,
      },
    ];
  });

/** DR-25.1.7.3, CR-17.13: a feedback case by its kind and number. */
export const nameFeedbackCases: Describe = async (q, ids) =>
  (await describeFeedbackCases(q, ids)).map((c) => {
    const kind = word(CASE_KINDS, c.kind);
    return [c.id, { lv: `${kind.lv} Nr. ${c.number}`, en: `${kind.en} No. ${c.number}`, path: `/feedback/${c.id}` }];
  });

/** CR-12 … CR-16: a proposal by its title. */
export const nameProposals: Describe = async (q, ids) =>
  [...(await proposalRefs(q, ids))].map(([id, p]) => [
    id,
    { lv: `Priekšlikums: ${p.title}`, en: `Proposal: ${p.title}`, path: `/proposals/${id}` },
  ]);

/** DR-15: a change request of the basket by its number and title; the basket page lists them. */
export const nameBasketChangeRequests: Describe = async (q, ids) =>
  [...(await changeRequestRefs(q, ids))].map(([id, r]) => [
    id,
    {
      lv: `Groza izmaiņu pieprasījums Nr. ${r.number}: ${r.title}`,
      en: `Basket change request No. ${r.number}: ${r.title}`,
      path: '/basket',
    },
  ]);

/** DR-25.2.1: a version of the basket by its number and the day it takes effect; the basket page shows it. */
export const nameBasketVersions: Describe = async (q, ids) =>
  [...(await versionRefs(q, ids))].map(([id, v]) => [
    id,
    {
      lv: `Pakalpojumu grozs, versija Nr. ${v.number} (no ${lvDate(v.effectiveFrom)})`,
      en: `The basket, version No. ${v.number} (from ${v.effectiveFrom})`,
      path: `/basket?date=${v.effectiveFrom}`,
    },
  ]);

/** DR-20.2, DR-21.2, DR-22.2: an access application by its number, the applying organisation and what it asks. */
export const nameAccessApplications: Describe = async (q, ids) =>
  (await describeAccessApplications(q, ids)).map((a) => {
    const action = word(ACTIONS, a.action);
    return [
      a.id,
      {
        lv: `Piekļuves pieteikums ${a.number}: ${a.organisation_name} (${action.lv})`,
        en: `Access application ${a.number}: ${a.organisation_name} (${action.en})`,
        path: `/access-applications/${a.id}`,
      },
    ];
  });

/** DR-26.1.9: an institution's notice to a centre by its kind, institution, centre and first day; the centre's page. */
export const namePresenceNotices: Describe = async (q, ids) =>
  (await describePresenceNotices(q, ids)).map((n) => {
    const kind = word(NOTICE_KINDS, n.kind);
    const where = `${n.institution_name}, ${n.centre_name}`;
    return [
      n.id,
      {
        lv: `${kind.lv}: ${where}, no ${lvDate(n.effective_from)}`,
        en: `${kind.en}: ${where}, from ${n.effective_from}`,
        path: `/presence?centreId=${n.centre_id}`,
      },
    ];
  });
