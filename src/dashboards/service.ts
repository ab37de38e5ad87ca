// The dashboards' rules: which scope the viewer asked for and may see, the period and its buckets, and
// the figures read through the owners' lookups (contacts, feedback) — counts only, never a contact.
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { addDays, isIsoDate, rigaDate } from '../platform/time.ts';
import { findCentreRef, listCentresOf } from '../centres/lookups.ts';
import { CHANNELS, CONTACT_TYPES, contactCountsByDay, contactCountsByService } from '../contacts/lookups.ts';
import { complaintCountsByDay } from '../feedback/lookups.ts';
import { organisationKind, organisationsById, organisationsOfKinds } from '../organisations/lookups.ts';
import {
  type Bucket,
  byKey,
  daysBetween,
  type KeyCount,
  type PeriodRow,
  previousPeriod,
  seriesOf,
  type Totals,
  totalsOf,
} from './figures.ts';
import { type Scope, seesCentre, seesHolder, seesMunicipality, seesNetwork } from './policy.ts';

/** Two years and a day: a leap year's two years fit, and the comparison reads as much again. */
export const MAX_RANGE_DAYS = 732;

export interface DashboardQuery {
  scope?: Scope | undefined;
  id?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  by?: Bucket | undefined;
}

export interface ResolvedScope {
  scope: Scope;
  id: string | null;
  name: string;
  centreIds: string[] | null;
  holderId: string | null;
}

export interface Dashboard {
  scope: Scope;
  id: string | null;
  name: string;
  from: string;
  to: string;
  by: Bucket;
  previous: { from: string; to: string };
  totals: Totals;
  previousTotals: Totals;
  series: PeriodRow[];
  previousSeries: PeriodRow[];
  byChannel: KeyCount[];
  byType: KeyCount[];
  byService: { id: string; identifier: string; name: string; count: number }[];
}

function checkedDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw ValidationError.query(field, 'field_date_order');
  return value;
}

/** The period asked for: by default the last 12 whole months up to today (Riga); checked order and length. */
export function periodOf(deps: Deps, q: { from?: string | undefined; to?: string | undefined }) {
  const today = rigaDate(deps.now());
  const to = checkedDate(q.to, '/to') ?? today;
  const from = checkedDate(q.from, '/from') ?? `${addDays(`${to.slice(0, 7)}-01`, -335).slice(0, 7)}-01`;
  if (to < from) throw ValidationError.query('/to', 'field_date_order');
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    throw ValidationError.query('/from', 'dashboard_range_too_long', { days: MAX_RANGE_DAYS });
  return { from, to, today };
}

/** The scope asked for, if the viewer may see it: 403 for a level the roles never show, 404 for an id outside. */
export async function resolveScope(
  deps: Deps,
  actor: Actor,
  scope: Scope,
  id: string | undefined,
): Promise<ResolvedScope> {
  if (scope === 'network') {
    if (!seesNetwork(actor)) throw new ForbiddenError('dashboard_scope_not_yours');
    return {
      scope,
      id: null,
      name: 'Valsts un pašvaldību vienotie klientu apkalpošanas centri',
      centreIds: null,
      holderId: null,
    };
  }
  if (id === undefined) throw ValidationError.query('/id', 'dashboard_id_required');
  if (scope === 'centre') {
    const centre = await findCentreRef(deps.db, id);
    if (!centre || !seesCentre(actor, centre)) throw new NotFoundError();
    return { scope, id, name: centre.name, centreIds: [id], holderId: null };
  }
  const kind = await organisationKind(deps.db, id);
  const name = (await organisationsById(deps.db, [id])).get(id)?.name ?? '';
  if (scope === 'municipality') {
    if (kind !== 'municipality' || !seesMunicipality(actor, id)) throw new NotFoundError();
    const centres = await listCentresOf(deps.db, [id]);
    return { scope, id, name, centreIds: centres.map((c) => c.id), holderId: null };
  }
  if (kind === undefined || !seesHolder(actor, id)) throw new NotFoundError();
  return { scope, id, name, centreIds: null, holderId: id };
}

/** The scope used when none is asked: the widest the viewer's roles give. */
async function defaultScope(deps: Deps, actor: Actor): Promise<{ scope: Scope; id?: string }> {
  const options = await dashboardScopes(deps, actor);
  const first = options[0];
  if (!first) throw new ForbiddenError('dashboard_scope_not_yours');
  return first.id === null ? { scope: first.scope } : { scope: first.scope, id: first.id };
}

export async function dashboardFigures(deps: Deps, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const { from, to, today } = periodOf(deps, query);
  const asked = query.scope ? { scope: query.scope, id: query.id } : await defaultScope(deps, actor);
  const s = await resolveScope(deps, actor, asked.scope, asked.id);
  const by: Bucket = query.by ?? (daysBetween(from, to) > 92 ? 'month' : 'week');
  const previous = previousPeriod(from, to);
  const where = { centreIds: s.centreIds, holderId: s.holderId };
  const contacts = await contactCountsByDay(deps.db, { ...where, from: previous.from, to, today });
  const complaints = await complaintCountsByDay(deps.db, { ...where, from: previous.from, to });
  const services = await contactCountsByService(deps.db, { ...where, from, to, limit: 20 });
  const inNow = <T extends { day: string }>(list: T[]) => list.filter((c) => c.day >= from);
  const inBefore = <T extends { day: string }>(list: T[]) => list.filter((c) => c.day < from);
  return {
    scope: s.scope,
    id: s.id,
    name: s.name,
    from,
    to,
    by,
    previous,
    totals: totalsOf(inNow(contacts), inNow(complaints)),
    previousTotals: totalsOf(inBefore(contacts), inBefore(complaints)),
    series: seriesOf(inNow(contacts), inNow(complaints), from, to, by),
    previousSeries: seriesOf(inBefore(contacts), inBefore(complaints), previous.from, previous.to, by),
    byChannel: byKey(CHANNELS, inNow(contacts), inBefore(contacts), 'channel'),
    byType: byKey(CONTACT_TYPES, inNow(contacts), inBefore(contacts), 'type'),
    byService: services.map((r) => ({ id: r.id, identifier: r.identifier, name: r.name, count: r.n })),
  };
}

export interface ScopeOption {
  scope: Scope;
  id: string | null;
  name: string;
}

/** The dashboards the viewer may open: the network first, then municipalities, centres and institutions by name. */
export async function dashboardScopes(deps: Deps, actor: Actor): Promise<ScopeOption[]> {
  const network = seesNetwork(actor);
  const orgIds = new Set(actor.grants.map((g) => g.organisationId));
  // The network's readers may open any municipality and institution, not only their own organisation's.
  if (network)
    for (const o of await organisationsOfKinds(deps.db, ['municipality', 'institution', 'holder'])) orgIds.add(o.id);
  const orgs = await organisationsById(deps.db, orgIds);
  const municipalities = [...orgIds].filter((id) => orgs.get(id)?.kind === 'municipality');
  const centres = await listCentresOf(deps.db, network ? undefined : municipalities);
  const out: ScopeOption[] = [];
  const byName = (a: ScopeOption, b: ScopeOption) => lvCompare(a.name, b.name);
  const muniOptions = municipalities
    .filter((id) => seesMunicipality(actor, id))
    .map((id) => ({ scope: 'municipality' as const, id, name: orgs.get(id)?.name ?? '' }));
  const centreOptions = centres
    .filter((c) => seesCentre(actor, c))
    .map((c) => ({ scope: 'centre' as const, id: c.id, name: c.name }));
  const holderOptions = [...orgIds]
    .filter((id) => ['institution', 'holder'].includes(orgs.get(id)?.kind ?? '') && seesHolder(actor, id))
    .map((id) => ({ scope: 'holder' as const, id, name: orgs.get(id)?.name ?? '' }));
  if (network)
    out.push({ scope: 'network', id: null, name: 'Valsts un pašvaldību vienotie klientu apkalpošanas centri' });
  out.push(...muniOptions.sort(byName), ...centreOptions.sort(byName), ...holderOptions.sort(byName));
  return out;
}
