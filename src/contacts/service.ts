// Reading contacts: the scoped list (the counter's "today"), one contact, the centre's dashboard of written contacts
// (DR-25.1.7.3), the aggregate for the ministry, and the counter's services (most used first, type-ahead search).
import type { Actor } from '../platform/access/actor.ts';
import type { ContactChannel, ContactType } from './tables.ts';
import type { Deps } from '../db.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { addDays, isIsoDate, rigaDate } from '../platform/time.ts';
import { basketServicesOn } from '../basket/lookups.ts';
import { scopeServiceIdsOn } from '../scope/lookups.ts';
import { editRefusal, isStaffOf, rowScope, statsScope, viewOf } from './policy.ts';
import { presentContact, type ContactOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { ListContactsIn, ServiceSearchIn, StatsIn } from './schemas.ts';
import * as stats from './stats-repository.ts';

/** The counter's "most used" looks back this far. */
export const TOP_SERVICES_DAYS = 90;
/** The aggregate's longest range: a year and a day (a leap year). */
const MAX_RANGE_DAYS = 366;
const OVERDUE_LIST_LIMIT = 100;

function present(actor: Actor, row: repo.ContactRecord, today: string): ContactOut {
  const view = viewOf(actor, row);
  const editable =
    view === 'full' &&
    editRefusal(actor, { ...row, registeredOn: rigaDate(new Date(row.created_at)) }, today) === undefined;
  return presentContact(row, view, { today, editable });
}

function checkedDate(value: string | undefined, field: string): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw ValidationError.query(field, 'field_format', { format: 'date' });
  return value;
}

export async function listContacts(
  deps: Deps,
  actor: Actor,
  query: ListContactsIn,
): Promise<{ total: number; items: ContactOut[] }> {
  const today = rigaDate(deps.now());
  const date = checkedDate(query.date, '/date');
  const from = date ?? checkedDate(query.from, '/from');
  const to = date ?? checkedDate(query.to, '/to');
  if (from && to && to < from) throw ValidationError.query('/to', 'field_date_order');
  const scope = rowScope(actor);
  const { total, rows } = await repo.listContacts(deps.db, scope, {
    centreId: query.centreId,
    from,
    to,
    employeeId: query.mine ? (actor.userId ?? undefined) : undefined,
    channel: query.channel,
    type: query.type,
    serviceId: query.serviceId,
    unanswered: query.state !== undefined,
    overdueBefore: query.state === 'overdue' ? today : undefined,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { total, items: rows.map((r) => present(actor, r, today)) };
}

export async function getContact(deps: Deps, actor: Actor, id: string): Promise<ContactOut> {
  const row = await repo.findContact(deps.db, id);
  if (!row || viewOf(actor, row) === 'none') throw new NotFoundError();
  return present(actor, row, rigaDate(deps.now()));
}

/** A centre the caller works at (centre staff); not found otherwise. */
async function staffCentre(deps: Deps, actor: Actor, centreId: string) {
  const centre = await stats.findCentreRef(deps.db, centreId);
  if (!centre || !isStaffOf(actor, centre)) throw new NotFoundError();
  return centre;
}

export interface DashboardOut {
  date: string;
  open: number;
  overdue: number;
  dueToday: number;
  registeredToday: number;
  overdueItems: ContactOut[];
}

/** DR-25.1.7.3: the centre's written contacts waiting for an answer, and the overdue ones (Riga today). */
export async function contactDashboard(deps: Deps, actor: Actor, centreId: string): Promise<DashboardOut> {
  await staffCentre(deps, actor, centreId);
  const today = rigaDate(deps.now());
  const counts = await stats.openCounts(deps.db, centreId, today);
  const overdue = await repo.listContacts(deps.db, rowScope(actor), {
    centreId,
    unanswered: true,
    overdueBefore: today,
    limit: OVERDUE_LIST_LIMIT,
    offset: 0,
  });
  return {
    date: today,
    open: counts.open,
    overdue: counts.overdue,
    dueToday: counts.due_today,
    registeredToday: counts.registered_today,
    overdueItems: overdue.rows.map((r) => present(actor, r, today)),
  };
}

export interface StatsOut {
  from: string;
  to: string;
  total: number;
  byCentre: { id: string; name: string; count: number }[];
  byType: { key: ContactType; count: number }[];
  byChannel: { key: ContactChannel; count: number }[];
  byService: { id: string; identifier: string; name: string; count: number }[];
  byDay: { date: string; count: number }[];
}

/** Counts only, never a contact: the ministry's view of the network, and everyone's of their own scope. */
export async function contactStats(deps: Deps, actor: Actor, query: StatsIn): Promise<StatsOut> {
  const to = checkedDate(query.to, '/to') ?? rigaDate(deps.now());
  const from = checkedDate(query.from, '/from') ?? addDays(to, -29);
  if (to < from) throw ValidationError.query('/to', 'field_date_order');
  if (addDays(from, MAX_RANGE_DAYS) <= to)
    throw ValidationError.query('/from', 'contact_stats_range', { days: MAX_RANGE_DAYS });
  const scope = statsScope(actor);
  const filter = { from, to, centreId: query.centreId };
  const groups = await stats.groupCounts(deps.db, scope, filter);
  const services = await stats.serviceCounts(deps.db, scope, { ...filter, limit: 100 });
  const byCount = <T extends { count: number }>(list: T[], tie: (a: T, b: T) => number) =>
    list.sort((a, b) => b.count - a.count || tie(a, b));
  // Each grouping set groups by one column: its rows are those where that column is grouped (grouping() = 0).
  const only = (g: 'g_centre' | 'g_type' | 'g_channel' | 'g_day') => groups.filter((r) => Number(r[g]) === 0);
  return {
    from,
    to,
    total: groups.find((r) => [r.g_centre, r.g_type, r.g_channel, r.g_day].every((x) => Number(x) === 1))?.n ?? 0,
    byCentre: byCount(
      only('g_centre').map((r) => ({ id: r.centre_id!, name: r.centre_name ?? '', count: r.n })),
      (a, b) => lvCompare(a.name, b.name),
    ),
    byType: byCount(
      only('g_type').map((r) => ({ key: r.type as ContactType, count: r.n })),
      (a, b) => a.key.localeCompare(b.key),
    ),
    byChannel: byCount(
      only('g_channel').map((r) => ({ key: r.channel as ContactChannel, count: r.n })),
      (a, b) => a.key.localeCompare(b.key),
    ),
    byService: services.map((s) => ({ id: s.id, identifier: s.identifier, name: s.name, count: s.n })),
    byDay: only('g_day')
      .map((r) => ({ date: r.occurred_on!, count: r.n }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export interface CounterServiceOut {
  id: string;
  identifier: string;
  name: string;
  holder: { id: string; name: string; shortName: string | null };
  minimalBasket: boolean;
  count: number;
}

/**
 * The most services the counter keeps for offline search: the centre's whole scope (CR-7, its published services) fits
 * in it many times over today, and at about 300 bytes each the copy stays near a megabyte of the browser's storage.
 */
export const OFFLINE_SERVICES_MAX = 4000;

/**
 * The counter's services at a centre: with words, the best matches first (the holder named, a name word beginning
 * with the word's stem); then most used in the last 90 days, then by name (Latvian order).
 */
export async function counterServices(
  deps: Deps,
  actor: Actor,
  centreId: string,
  query: ServiceSearchIn & { all?: boolean },
): Promise<CounterServiceOut[]> {
  await staffCentre(deps, actor, centreId);
  const limit = query.limit ?? 20;
  const words = (query.q ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 5);
  const today = rigaDate(deps.now());
  const since = addDays(today, -(TOP_SERVICES_DAYS - 1));
  // CR-7: only the services in the centre's scope today (the basket in force, CR-7.2 and CR-7.3 entries).
  const within = await scopeServiceIdsOn(deps.db, centreId, today);
  // A few more than asked, so the Latvian order of equally used services decides who makes the cut.
  const rows = await stats.counterServices(deps.db, {
    centreId,
    since,
    words,
    limit: limit * 3,
    all: query.all,
    within,
  });
  const chosen = rows.sort((a, b) => a.rank - b.rank || b.n - a.n || lvCompare(a.name, b.name)).slice(0, limit);
  // CR-8: marked by the basket in force today.
  const basket = await basketServicesOn(
    deps.db,
    chosen.map((r) => r.id),
    today,
  );
  return chosen.map((r) => ({
    id: r.id,
    identifier: r.identifier,
    name: r.name,
    holder: { id: r.holder_id, name: r.holder_name, shortName: r.holder_short_name },
    minimalBasket: basket.has(r.id),
    count: r.n,
  }));
}
