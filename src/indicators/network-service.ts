// SR-21 across the network and across years: the ministry's view of a year per centre or municipality,
// and a holder's applications year by year. Both read the contacts' rollups (network-repository.ts).
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { readsNetwork } from '../platform/access/scope.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import type { Channel } from './channels.ts';
import { networkRows, trendRows, type NetworkGrouping } from './network-repository.ts';
import { checkHolder, checkYear } from './service.ts';

export interface NetworkFigure {
  id: string;
  name: string;
  channel: Channel;
  applications: number;
  sources: { centres: number; eservices: number };
}

/** SR-21.1, SR-21.2 of the year per centre (or municipality) and channel: the network's readers only (404 to others). */
export async function networkFigures(
  deps: Deps,
  actor: Actor,
  year: number,
  groupBy: NetworkGrouping,
): Promise<NetworkFigure[]> {
  if (!readsNetwork(actor)) throw new NotFoundError();
  checkYear(deps, year, '/year');
  const rows = await networkRows(deps.db, year, groupBy);
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      channel: r.channel,
      applications: r.at_centres + r.eservices,
      sources: { centres: r.at_centres, eservices: r.eservices },
    }))
    .sort((a, b) => lvCompare(a.name, b.name) || a.id.localeCompare(b.id) || a.channel.localeCompare(b.channel));
}

export interface TrendFigure {
  year: number;
  channel: Channel;
  applications: number;
  sources: { centres: number; eservices: number };
}

/** SR-21.1, SR-21.2: the holder's applications at centres per year and channel, fromYear to toYear. */
export async function holderTrend(
  deps: Deps,
  actor: Actor,
  holderId: string,
  fromYear: number,
  toYear: number,
): Promise<TrendFigure[]> {
  checkYear(deps, fromYear, '/fromYear');
  checkYear(deps, toYear, '/toYear');
  if (fromYear > toYear) throw ValidationError.query('/fromYear', 'field_date_order');
  await checkHolder(deps, actor, holderId);
  const rows = await trendRows(deps.db, holderId, fromYear, toYear);
  return rows.map((r) => ({
    year: r.year,
    channel: r.channel,
    applications: r.at_centres + r.eservices,
    sources: { centres: r.at_centres, eservices: r.eservices },
  }));
}
