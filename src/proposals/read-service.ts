// Reading proposals: the list (by state, kind, organisation), "where is each proposal stuck" (every proposal still
// moving, the one waiting longest for its due date first), one proposal with its history and the caller's actions,
// and what the committee's agenda picks from.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { NotFoundError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { documentsById } from '../documents/index.ts';
import { actionsFrom, FINAL_STATES } from './machine.ts';
import { targetCentres } from './notices.ts';
import { actsForCentre, isPartyAction } from './policy.ts';
import { presentDetail, presentSummary, type ProposalDetailOut, type ProposalSummaryOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { ListIn } from './schemas.ts';
import type { ProposalRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

async function summaries(q: Q, rows: ProposalRow[], today: string): Promise<ProposalSummaryOut[]> {
  const names = new Map(
    (
      await repo.proposalNames(
        q,
        rows.map((r) => r.id),
      )
    ).map((n) => [n.id, n]),
  );
  return rows.map((r) => presentSummary(r, names.get(r.id), today));
}

export async function listProposals(deps: Deps, query: ListIn): Promise<{ items: ProposalSummaryOut[] }> {
  const rows = await repo.listProposals(deps.db, query);
  return { items: await summaries(deps.db, rows, rigaDate(deps.now())) };
}

/** Every proposal still moving: whose move, since when, the duty it waits for and its due date (earliest first). */
export async function stuckProposals(deps: Deps): Promise<{ items: ProposalSummaryOut[] }> {
  const rows = await repo.listProposals(deps.db, { openOnly: true, finalStates: FINAL_STATES });
  const items = await summaries(deps.db, rows, rigaDate(deps.now()));
  items.sort(
    (a, b) => (a.due?.date ?? '9999').localeCompare(b.due?.date ?? '9999') || a.stateSince.localeCompare(b.stateSince),
  );
  return { items };
}

/** The steps the caller may take now, each for a centre where the step is a centre's. */
async function actionsOf(q: Q, actor: Actor, p: ProposalRow, today: string): Promise<ProposalDetailOut['actions']> {
  const out: ProposalDetailOut['actions'] = [];
  const centres = await repo.centresOf(q, p.id);
  for (const action of actionsFrom(p.state)) {
    if (!isPartyAction(actor, action, p)) continue;
    switch (action) {
      case 'answer_holder':
        if (p.proposer_id !== p.holder_id && p.holder_ready === null)
          out.push({ action, centreId: null, centreName: null });
        break;
      case 'answer_centre':
        if (p.centres_asked_at === null) break;
        for (const c of await targetCentres(q as Tx, p))
          if (actsForCentre(actor, { centreId: c.id, municipalityId: c.municipality_id }))
            out.push({ action, centreId: c.id, centreName: c.name });
        break;
      case 'prepare_information':
        if (p.proposer_id === p.holder_id || p.holder_ready !== null)
          out.push({ action, centreId: null, centreName: null });
        break;
      case 'start_centre':
        for (const c of centres)
          if (
            c.willing &&
            c.started_on === null &&
            actsForCentre(actor, { centreId: c.centre_id, municipalityId: c.municipality_id })
          )
            out.push({ action, centreId: c.centre_id, centreName: c.centre_name });
        break;
      case 'exclude':
        if (p.exclude_from && today >= p.exclude_from) out.push({ action, centreId: null, centreName: null });
        break;
      default:
        out.push({ action, centreId: null, centreName: null });
    }
  }
  return out;
}

export async function getProposal(deps: Deps, actor: Actor, id: string): Promise<ProposalDetailOut> {
  const q = deps.db;
  const row = await repo.findProposal(q, id);
  if (!row) throw new NotFoundError();
  const today = rigaDate(deps.now());
  const [names, events, centres, actions] = await Promise.all([
    repo.proposalNames(q, [id]),
    repo.eventsOf(q, id),
    repo.centresOf(q, id),
    actionsOf(q, actor, row, today),
  ]);
  const documents = await documentsById(q, [row.letter_id, ...(row.guidance_id ? [row.guidance_id] : [])]);
  return presentDetail(row, names[0], today, { documents, centres, events, actions });
}
