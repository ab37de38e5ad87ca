// Fixtures for tests of the committee (and of capabilities whose work reaches it, such as proposals): the CR-9
// associations loaded, a committee with its members, a held meeting with an agenda item.
import type { TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import type { Session } from '../../test/support/http.ts';
import { loadCommitteeReference } from './shipped.ts';

/** The CR-9 associations (loaded when missing) and a full committee from 2026-01-01: ids by short name. */
export async function buildCommittee(ctx: TestContext, ministry: Session): Promise<Map<string, string>> {
  const associations = await loadCommitteeReference(ctx.db);
  const ids = new Map<string, string>([
    ['VARAM', await organisationId(ctx.db, 'VARAM')],
    ['PMLP', await organisationId(ctx.db, 'PMLP')],
    ['VDI', await organisationId(ctx.db, 'VDI')],
    ['LPS', associations.get('lps')!],
    ['LLPA', associations.get('llpa')!],
    ['RACA', associations.get('raca')!],
  ]);
  for (const [short, id] of ids) {
    const res = await ministry.request('POST', '/api/v1/committee/members', {
      organisationId: id,
      representativeName: `Pārstāvis ${short}`,
      validFrom: '2026-01-01',
    });
    if (res.status !== 201) throw new Error(`member ${short}: ${res.status} ${res.body}`);
  }
  return ids;
}

/** A meeting planned for the day, with one agenda item; returns the meeting and item ids. */
export async function buildMeeting(
  ministry: Session,
  day: string,
  item: { title: string; subjectKind: string; subjectId?: string } = {
    title: 'Centru darbība',
    subjectKind: 'centres_analysis',
  },
): Promise<{ meetingId: string; itemId: string }> {
  const planned = await ministry.request('POST', '/api/v1/committee/meetings', { plannedOn: day, place: 'Rīga' });
  if (planned.status !== 201) throw new Error(`meeting: ${planned.status} ${planned.body}`);
  const meetingId = planned.json.id as string;
  const added = await ministry.request('POST', `/api/v1/committee/meetings/${meetingId}/agenda-items`, item);
  if (added.status !== 201) throw new Error(`agenda item: ${added.status} ${added.body}`);
  return { meetingId, itemId: added.json.agenda.at(-1).id as string };
}
