// Reading cases. Every call starts from the caller's scope (policy.ts): outside it a list is empty and a case is
// "not found", so nobody learns what another centre or institution was told. "Today" is the Riga date of this
// request, so 'overdue' is always current.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { canSee, handles, listScope, rightsOf, type CaseScope } from './policy.ts';
import { presentCaseDetail, presentCaseSummary, type CaseDetailOut, type CaseSummaryOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { ListIn } from './schemas.ts';

type Q = Kysely<DB> | Tx;

export function scopeOf(r: repo.CaseRow): CaseScope {
  return {
    centreId: r.centre_id,
    municipalityId: r.municipality_id,
    kind: r.kind,
    addressee: r.addressee,
    addresseeOrgId: r.addressee_org_id,
    level: r.level,
    status: r.status,
    contested: r.contest_subject !== null,
  };
}

/**
 * The case as this caller sees it, or undefined when it does not exist or is outside the caller's scope. After the
 * caller routed a case away from themselves (`handedOver`), they get it once more as it now is, without the
 * submitter's contact and without rights: the answer to their own request.
 */
export async function caseDetail(
  q: Q,
  actor: Actor,
  id: string,
  today: string,
  handedOver = false,
): Promise<CaseDetailOut | undefined> {
  const row = await repo.findCase(q, id);
  if (!row) return undefined;
  const scope = scopeOf(row);
  if (!canSee(actor, scope) && !handedOver) return undefined;
  // One after the other: inside a transaction both would queue on its one connection anyway.
  const events = await repo.listEvents(q, id);
  const stages = await repo.listStages(q, id);
  return presentCaseDetail({
    row,
    events,
    stages,
    rights: rightsOf(actor, scope),
    handles: handles(actor, scope),
    today,
  });
}

export async function getCase(deps: Deps, actor: Actor, id: string): Promise<CaseDetailOut> {
  const found = await caseDetail(deps.db, actor, id, rigaDate(deps.now()));
  if (!found) throw new NotFoundError();
  return found;
}

export async function listCases(
  deps: Deps,
  actor: Actor,
  q: ListIn,
): Promise<{ items: CaseSummaryOut[]; total: number }> {
  const today = rigaDate(deps.now());
  if (q.receivedFrom && q.receivedTo && q.receivedTo < q.receivedFrom)
    throw ValidationError.query('/receivedTo', 'field_date_order');
  const filter: repo.ListFilter = {
    scope: listScope(actor),
    today,
    status: q.status,
    overdue: q.overdue,
    kind: q.kind,
    centreId: q.centreId,
    addressee: q.addressee,
    receivedFrom: q.receivedFrom,
    receivedTo: q.receivedTo,
  };
  const page = { limit: q.limit ?? 50, offset: q.offset ?? 0 };
  const [rows, total] = await Promise.all([repo.listCases(deps.db, filter, page), repo.countCases(deps.db, filter)]);
  return { items: rows.map((r) => presentCaseSummary(r, today)), total };
}
