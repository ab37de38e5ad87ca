// The light part of proposals' public face (re-exported by index.ts): what the committee's agenda picks from, and
// references to proposals by id. Reads the proposals' own table only; imports no capability's index.ts.
import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { IsoDate, Obj, Uuid } from '../platform/http/schema.ts';

type Q = Kysely<DB> | Tx;

export const ProposalRefSchema = Obj(
  {
    id: Uuid('Proposal; its page is /proposals/{id}'),
    title: Type.String({ description: 'What is proposed' }),
    filedOn: IsoDate('The day its letter was received'),
    state: Type.String({ description: 'Where it is in the procedure' }),
  },
  { title: 'ProposalRef' },
);

export interface ProposalRef {
  id: string;
  title: string;
  filedOn: string;
  state: string;
}

/** References of these proposals by id (unknown ids are absent). */
export async function proposalRefs(q: Q, ids: readonly string[]): Promise<Map<string, ProposalRef>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (wanted.length === 0) return new Map();
  const rows = await q
    .selectFrom('proposals')
    .select(['id', 'title', 'filed_on', 'state'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, filedOn: r.filed_on, state: r.state }]));
}

/** For the committee's agenda picker: proposals whose information is ready (CR-10.1, CR-13.3, CR-14.3). */
export async function proposalsAwaitingCommittee(q: Q): Promise<{ id: string; title: string; filedOn: string }[]> {
  const rows = await q
    .selectFrom('proposals')
    .select(['id', 'title', 'filed_on'])
    .where('state', '=', 'ready_for_committee')
    .orderBy('state_since')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, filedOn: r.filed_on }));
}

/**
 * CR-16: the day from which the service is excluded from the centres — its exclusion notified to the committee or
 * done — or null. A transfer of the same service into the centres that the committee approved after that notice
 * (CR-12 … CR-15) lifts it: the service may come back.
 */
export async function serviceExcludedFrom(q: Q, serviceId: string): Promise<string | null> {
  const row = await q
    .selectFrom('proposals as e')
    .select('e.exclude_from')
    .where('e.kind', '=', 'exclusion')
    .where('e.service_id', '=', serviceId)
    .where('e.state', 'in', ['exclusion_notified', 'excluded'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('proposals as t')
            .select('t.id')
            .where('t.kind', '=', 'transfer')
            .where('t.service_id', '=', serviceId)
            .where('t.decision_positive', '=', true)
            .whereRef('t.decided_on', '>=', 'e.filed_on'),
        ),
      ),
    )
    .orderBy('e.exclude_from')
    .executeTakeFirst();
  return row?.exclude_from ?? null;
}
