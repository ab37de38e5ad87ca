// Reading obligations for the dashboards. Every call starts from the caller's scope (policy.ts): outside it a list
// is empty and a record is "not found", so nobody learns what another organisation owes. "Today" is the Riga date
// of this request, so 'overdue' is always current.
import { rolesOf, type Actor } from '../platform/access/actor.ts';
import type { Deps } from '../db.ts';
import { documentsById } from '../documents/index.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import * as list from './list-repository.ts';
import { canSeeObligationsOf, obligationScope } from './policy.ts';
import { presentObligation, presentRule, type ObligationOut, type RuleOut, type SummaryOut } from './presenters.ts';
import { RETENTION_RULE_IDS, RULES } from './rules.ts';
import { nameSubjects } from './subjects.ts';

export interface ObligationQuery {
  rule?: string | undefined;
  organisationId?: string | undefined;
  centreId?: string | undefined;
  status?: list.StatusFilter | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  closedBy?: 'action' | 'record' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function filterOf(deps: Deps, actor: Actor, q: ObligationQuery): list.ListFilter {
  for (const [field, value] of [
    ['/dueFrom', q.dueFrom],
    ['/dueTo', q.dueTo],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw ValidationError.field(field, 'field_format', { format: 'date' });
  }
  if (q.dueFrom && q.dueTo && q.dueTo < q.dueFrom) throw ValidationError.field('/dueTo', 'field_date_order');
  return {
    scope: obligationScope(actor),
    ruleId: q.rule,
    organisationId: q.organisationId,
    centreId: q.centreId,
    status: q.status,
    dueFrom: q.dueFrom,
    dueTo: q.dueTo,
    closedBy: q.closedBy,
    today: rigaDate(deps.now()),
    retentionRuleIds: RETENTION_RULE_IDS,
  };
}

export async function listObligations(
  deps: Deps,
  actor: Actor,
  q: ObligationQuery,
): Promise<{ items: ObligationOut[]; total: number }> {
  const filter = filterOf(deps, actor, q);
  const page = { limit: q.limit ?? 50, offset: q.offset ?? 0 };
  const [rows, total] = await Promise.all([
    list.findObligations(deps.db, filter, page),
    list.countObligations(deps.db, filter),
  ]);
  const [names, documents] = await Promise.all([
    nameSubjects(deps.db, rows, { roles: rolesOf(actor) }),
    recordDocuments(deps, rows),
  ]);
  return { items: rows.map((r) => presentObligation(r, filter.today, names, documents)), total };
}

/** The documents that records of these obligations refer to. */
function recordDocuments(deps: Deps, rows: readonly list.PresentableRow[]) {
  return documentsById(
    deps.db,
    rows.flatMap((r) => (r.record_document_id ? [r.record_document_id] : [])),
  );
}

export async function getObligation(deps: Deps, actor: Actor, id: string): Promise<ObligationOut> {
  const row = await list.findPresentable(deps.db, id);
  if (!row || !canSeeObligationsOf(actor, row.organisation_id)) throw new NotFoundError();
  const [names, documents] = await Promise.all([
    nameSubjects(deps.db, [row], { roles: rolesOf(actor) }),
    recordDocuments(deps, [row]),
  ]);
  return presentObligation(row, rigaDate(deps.now()), names, documents);
}

const KEY_OF: Record<list.ApiStatus, keyof SummaryOut['totals']> = {
  open: 'open',
  overdue: 'overdue',
  fulfilled_on_time: 'fulfilledOnTime',
  fulfilled_late: 'fulfilledLate',
  cancelled: 'cancelled',
};

const zero = (): SummaryOut['totals'] => ({
  closedByAction: 0,
  closedByRecord: 0,
  open: 0,
  overdue: 0,
  fulfilledOnTime: 0,
  fulfilledLate: 0,
  cancelled: 0,
  total: 0,
});

export async function summariseObligations(deps: Deps, actor: Actor, q: ObligationQuery): Promise<SummaryOut> {
  const counts = await list.countByRuleAndStatus(deps.db, filterOf(deps, actor, q));
  const totals = zero();
  const byRule = new Map<string, SummaryOut['totals']>();
  for (const c of counts) {
    const entry = byRule.get(c.rule_id) ?? zero();
    entry[KEY_OF[c.status]] += c.n;
    entry.total += c.n;
    totals[KEY_OF[c.status]] += c.n;
    totals.total += c.n;
    if (c.closed_by === 'action') {
      entry.closedByAction += c.n;
      totals.closedByAction += c.n;
    } else if (c.closed_by === 'record') {
      entry.closedByRecord += c.n;
      totals.closedByRecord += c.n;
    }
    byRule.set(c.rule_id, entry);
  }
  const items = RULES.filter((r) => byRule.has(r.id)).map((r) => ({
    ruleId: r.id,
    titleLv: r.titleLv,
    titleEn: r.titleEn,
    ...byRule.get(r.id)!,
  }));
  return { items, totals };
}

export function listRules(): RuleOut[] {
  return RULES.map(presentRule);
}
