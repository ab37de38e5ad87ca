// The only SQL of proposals: their rows, their history and the centres' answers. Names of organisations, centres
// and services come from their owners' SQL fragments (lookups), embedded in these queries.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { centreNameOf } from '../centres/lookups.ts';
import { organisationNameOf } from '../organisations/lookups.ts';
import { serviceIdentifierOf, serviceNameOf } from '../catalogue/lookups.ts';
import type { ProposalsTables } from './tables.generated.ts';
import type { ProposalState } from './machine.ts';
import type { ProposalRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

export type ProposalInsert = Insertable<ProposalsTables['proposals']>;
export type ProposalChange = Updateable<ProposalsTables['proposals']>;
export type EventInsert = Insertable<ProposalsTables['proposal_events']>;

export async function insertProposal(trx: Tx, row: ProposalInsert): Promise<ProposalRow> {
  return trx.insertInto('proposals').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findProposal(q: Q, id: string): Promise<ProposalRow | undefined> {
  return q.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The proposal locked for this transaction (steps on one proposal take turns). */
export function lockProposal(trx: Tx, id: string): Promise<ProposalRow | undefined> {
  return trx.selectFrom('proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateProposal(trx: Tx, id: string, change: ProposalChange): Promise<ProposalRow> {
  return trx.updateTable('proposals').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function insertEvent(trx: Tx, row: EventInsert): Promise<void> {
  await trx.insertInto('proposal_events').values(row).execute();
}

/** The proposal's names: proposer, holder and service (null when it names a stage only). */
export function proposalNames(q: Q, ids: readonly string[]) {
  return q
    .selectFrom('proposals as p')
    .select([
      'p.id',
      organisationNameOf('p.proposer_id').as('proposer_name'),
      organisationNameOf('p.holder_id').as('holder_name'),
      serviceIdentifierOf('p.service_id').as('service_identifier'),
      serviceNameOf('p.service_id').as('service_name'),
    ])
    .where('p.id', 'in', ids.length > 0 ? [...ids] : ['00000000-0000-0000-0000-000000000000'])
    .execute();
}

export interface ListFilter {
  state?: ProposalState;
  organisationId?: string;
  kind?: ProposalRow['kind'];
  /** Only proposals still moving (not in a final state). */
  openOnly?: boolean;
  finalStates?: readonly ProposalState[];
}

export function listProposals(q: Q, f: ListFilter): Promise<ProposalRow[]> {
  let query = q.selectFrom('proposals').selectAll();
  if (f.state) query = query.where('state', '=', f.state);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.organisationId) {
    const org = f.organisationId;
    query = query.where((eb) => eb.or([eb('proposer_id', '=', org), eb('holder_id', '=', org)]));
  }
  if (f.openOnly && f.finalStates && f.finalStates.length > 0)
    query = query.where('state', 'not in', [...f.finalStates]);
  return query.orderBy('state_since').orderBy('id').limit(500).execute();
}

export function eventsOf(q: Q, proposalId: string) {
  return q
    .selectFrom('proposal_events as e')
    .selectAll('e')
    .select([
      organisationNameOf('e.organisation_id').as('organisation_name'),
      centreNameOf('e.centre_id').as('centre_name'),
    ])
    .where('e.proposal_id', '=', proposalId)
    .orderBy('e.seq')
    .execute();
}

export function centresOf(q: Q, proposalId: string) {
  return q
    .selectFrom('proposal_centres as c')
    .selectAll('c')
    .select([centreNameOf('c.centre_id').as('centre_name')])
    .where('c.proposal_id', '=', proposalId)
    .orderBy('centre_name')
    .execute();
}

export function findCentreAnswer(q: Q, proposalId: string, centreId: string) {
  return q
    .selectFrom('proposal_centres')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('centre_id', '=', centreId)
    .executeTakeFirst();
}

export async function upsertCentreAnswer(trx: Tx, row: Insertable<ProposalsTables['proposal_centres']>): Promise<void> {
  await trx
    .insertInto('proposal_centres')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['proposal_id', 'centre_id']).doUpdateSet({
        willing: row.willing,
        note: row.note ?? null,
        answered_at: row.answered_at,
        answered_by: row.answered_by ?? null,
      }),
    )
    .execute();
}

export async function setCentreStart(
  trx: Tx,
  proposalId: string,
  centreId: string,
  change: { start_due?: string | null; started_on?: string | null },
): Promise<void> {
  await trx
    .updateTable('proposal_centres')
    .set(change)
    .where('proposal_id', '=', proposalId)
    .where('centre_id', '=', centreId)
    .execute();
}
