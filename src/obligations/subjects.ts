// The registry of what obligations are about: each subject type the engine may open an obligation on, with the
// owner's description of its records (subject-names.ts) and who can open the record's web page. The engine refuses
// any other type (engine-checks.ts) and `Subject.type` is typed by this registry, so a capability that opens a new
// kind of duty adds its line here, and every obligation on the dashboards and in the reminders has a name in Latvian
// and English. A link is given only to those whose roles open the page: no dead ends.
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import type { Role } from '../platform/access/roles.ts';
import {
  nameAccessApplications,
  nameBasketChangeRequests,
  nameBasketVersions,
  nameCentres,
  nameContacts,
  nameFeedbackCases,
  nameOrganisations,
  namePresenceNotices,
  nameProposals,
  type Describe,
  type SubjectName,
} from './subject-names.ts';

export type { SubjectName } from './subject-names.ts';

interface SubjectKind {
  describe: Describe;
  /** The roles whose users can open the record's page; every signed-in user when absent. */
  pageFor?: readonly Role[];
}

/** The directory's pages (web: the 'directory' area). */
const DIRECTORY: readonly Role[] = ['maintainer', 'org_admin', 'centre_head', 'ministry_supervisor'];

export const SUBJECTS = {
  organisation: { describe: nameOrganisations, pageFor: DIRECTORY },
  centre: { describe: nameCentres },
  contact: { describe: nameContacts },
  feedback_case: { describe: nameFeedbackCases },
  proposal: { describe: nameProposals },
  basket_change_request: {
    describe: nameBasketChangeRequests,
    pageFor: [
      'ministry_supervisor',
      'maintainer',
      'auditor',
      'committee_member',
      'org_admin',
      'institution_coordinator',
    ],
  },
  basket_version: { describe: nameBasketVersions },
  access_application: {
    describe: nameAccessApplications,
    pageFor: ['org_admin', 'ministry_supervisor', 'maintainer'],
  },
  presence_notice: {
    describe: namePresenceNotices,
    pageFor: [
      'institution_coordinator',
      'org_admin',
      'centre_head',
      'centre_employee',
      'ministry_supervisor',
      'auditor',
      'maintainer',
    ],
  },
} as const satisfies Record<string, SubjectKind>;

export type SubjectType = keyof typeof SUBJECTS;
export const SUBJECT_TYPES = Object.keys(SUBJECTS) as SubjectType[];

export const isSubjectType = (type: string): type is SubjectType => Object.hasOwn(SUBJECTS, type);

export const subjectKey = (type: string, id: string): string => `${type}:${id}`;

interface SubjectRef {
  subject_type: string;
  subject_id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names of `rows`' subjects by subjectKey(type, id): one query per subject type present, never one per row. Ids that
 * are not UUIDs or that the owner does not know stay unnamed. With `viewer`, a page the viewer's roles cannot open is
 * left out (the name stays).
 */
export async function nameSubjects(
  q: Kysely<DB> | Tx,
  rows: readonly SubjectRef[],
  viewer?: { roles: readonly Role[] },
): Promise<Map<string, SubjectName>> {
  const wanted = new Map<SubjectType, Set<string>>();
  for (const r of rows) {
    if (!isSubjectType(r.subject_type) || !UUID.test(r.subject_id)) continue;
    const ids = wanted.get(r.subject_type) ?? new Set<string>();
    ids.add(r.subject_id);
    wanted.set(r.subject_type, ids);
  }
  const named = await Promise.all(
    [...wanted].map(async ([type, ids]) => ({ type, names: await SUBJECTS[type].describe(q, [...ids]) })),
  );
  const names = new Map<string, SubjectName>();
  for (const { type, names: described } of named) {
    const kind: SubjectKind = SUBJECTS[type];
    const opens = !viewer || !kind.pageFor || viewer.roles.some((r) => kind.pageFor?.includes(r));
    for (const [id, name] of described) names.set(subjectKey(type, id), opens ? name : { ...name, path: null });
  }
  return names;
}
