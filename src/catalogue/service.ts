// Reading the catalogue. The holder's people and the network's readers see drafts and the whole history;
// anyone else logged in sees published services only, and a service never published is not found for them.
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/access/actor.ts';
import type { DB, Deps, Tx } from '../db.ts';
import type { ServiceStatus } from './tables.ts';
import { NotFoundError } from '../platform/errors.ts';
import { endOfRigaDay, rigaDate } from '../platform/time.ts';
import { cofogItems, type CofogItem } from './cofog.ts';
import { targetsFrom } from './lifecycle.ts';
import { isBasketServiceOn } from '../basket/lookups.ts';
import { can, holdersInScope, readsAll, rightsOf } from './policy.ts';
import {
  presentServiceDetail,
  presentServiceSummary,
  presentVersion,
  type ServiceDetailOut,
  type ServiceSummaryOut,
  type VersionOut,
} from './presenters.ts';
import * as repo from './repository.ts';
import type { ListServicesIn } from './schemas.ts';

type Q = Kysely<DB> | Tx;

/** The service as this caller may see it; undefined when it may not (not found). */
export async function serviceDetail(
  q: Q,
  actor: Actor,
  id: string,
  today: string,
): Promise<ServiceDetailOut | undefined> {
  const row = await repo.findService(q, id);
  if (!row) return undefined;
  const all = readsAll(actor, row.holder_id);
  if (!all && row.status !== 'published') return undefined;
  const draft = all ? await repo.findDraft(q, id) : undefined;
  const published = await repo.findCurrent(q, id);
  const transitions = can(actor, 'publish', row.holder_id)
    ? targetsFrom({
        status: row.status as ServiceStatus,
        hasDraft: !!draft,
        // CR-16: withdrawing a basket service is not offered (the write refuses it too).
        inBasket: row.status === 'published' && (await isBasketServiceOn(q, id, today)),
      })
    : [];
  return presentServiceDetail({ row, draft, published, rights: rightsOf(actor, row.holder_id), transitions }, today);
}

export async function getService(deps: Deps, actor: Actor, id: string): Promise<ServiceDetailOut> {
  const found = await serviceDetail(deps.db, actor, id, rigaDate(deps.now()));
  if (!found) throw new NotFoundError();
  return found;
}

/** What an audit event keeps of a service: everything but the caller's rights. */
export function auditView(s: ServiceDetailOut) {
  const { rights: _r, transitions: _t, ...rest } = s;
  return rest;
}

export async function listServices(
  deps: Deps,
  actor: Actor,
  query: ListServicesIn,
): Promise<{ total: number; items: ServiceSummaryOut[] }> {
  const { total, rows } = await repo.listServices(deps.db, {
    holdersInScope: holdersInScope(actor),
    holderId: query.holderId,
    status: query.status,
    text: query.q?.trim() || undefined,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  const today = rigaDate(deps.now());
  return { total, items: rows.map((r) => presentServiceSummary(r, today)) };
}

/** Every version for the holder's people and readers; the published ones for others. */
export async function listVersions(deps: Deps, actor: Actor, id: string): Promise<VersionOut[]> {
  const row = await repo.findService(deps.db, id);
  if (!row) throw new NotFoundError();
  const all = readsAll(actor, row.holder_id);
  const versions = (await repo.listVersions(deps.db, id)).filter((v) => all || v.published_from !== null);
  if (versions.length === 0) throw new NotFoundError();
  return versions.map(presentVersion);
}

/** The version in force at the end of the Riga day; not found when nothing was. */
export async function publishedOn(deps: Deps, id: string, date: string): Promise<VersionOut> {
  const version = await repo.publishedAt(deps.db, id, endOfRigaDay(date));
  if (!version) throw new NotFoundError();
  return presentVersion(version);
}

export function cofog(): CofogItem[] {
  return cofogItems();
}
