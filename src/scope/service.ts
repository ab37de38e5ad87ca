// Each centre's scope (CR-7): what the centre provides on a day — the minimal basket in force (CR-7.1), the
// municipality's services designated for the centre (CR-7.2) and other services (CR-7.3) — what changes between two
// days, and the entries the municipality keeps (added and ended, audited; two periods of one service never overlap;
// none reaches into the service's exclusion from the centres, CR-16).
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { lvDate } from '../obligations/lookups.ts';
import { findCentreRef } from '../centres/lookups.ts';
import { findServiceRef } from '../catalogue/lookups.ts';
import { basketItemsInForce, isBasketServiceOn } from '../basket/lookups.ts';
import { canManageScope } from './policy.ts';
import {
  presentEntry,
  presentService,
  type EntryOut,
  type ScopeChangesOut,
  type ScopeItemOut,
  type ScopeOut,
} from './presenters.ts';
import { exclusionIssue } from './exclusion.ts';
import * as repo from './repository.ts';
import type { ScopeBasis } from './tables.ts';

const dateIssue = (value: string, field: string, inQuery = false): FieldIssue[] =>
  isIsoDate(value)
    ? []
    : [{ field, code: 'field_format', params: { format: 'date' }, ...(inQuery ? { in: 'query' } : {}) }];

async function centreOr404(deps: Deps, id: string) {
  const centre = await findCentreRef(deps.db, id);
  if (!centre) throw new NotFoundError();
  return centre;
}

/** A centre the caller may change the scope of; any other is "not found" (nobody learns what exists). */
async function managedCentre(deps: Deps, actor: Actor, id: string) {
  const centre = await centreOr404(deps, id);
  if (!canManageScope(actor, centre)) throw new NotFoundError();
  return centre;
}

/** The centre's entries, with whether the caller may change them. */
export async function listEntries(
  deps: Deps,
  actor: Actor,
  centreId: string,
): Promise<{ centreId: string; canManage: boolean; items: EntryOut[] }> {
  const centre = await centreOr404(deps, centreId);
  const rows = await repo.entriesOf(deps.db, centreId);
  const services = await repo.serviceFacts(
    deps.db,
    rows.map((r) => r.service_id),
  );
  return {
    centreId,
    canManage: canManageScope(actor, centre),
    items: rows.map((r) => presentEntry(r, services.get(r.service_id))),
  };
}

/** The scope's items on the day: the basket's services (annex order), then the entries' (by name); published only. */
async function itemsOn(deps: Deps, centreId: string, date: string, publishedOnly: boolean): Promise<ScopeItemOut[]> {
  const [basket, entries] = await Promise.all([
    basketItemsInForce(deps.db, date),
    repo.entriesOn(deps.db, centreId, date),
  ]);
  const services = await repo.serviceFacts(deps.db, [
    ...basket.flatMap((i) => i.serviceIds),
    ...entries.map((e) => e.service_id),
  ]);
  const keep = (id: string) => !publishedOnly || services.get(id)?.status === 'published';
  const seen = new Set<string>();
  const items: ScopeItemOut[] = [];
  for (const item of basket)
    for (const id of item.serviceIds)
      if (keep(id) && !seen.has(id)) {
        seen.add(id);
        items.push({
          service: presentService(id, services.get(id)),
          basis: 'basket',
          annexItem: item.annexItem,
          validFrom: item.effectiveFrom,
          validUntil: null,
        });
      }
  const own = entries
    .filter((e) => keep(e.service_id) && !seen.has(e.service_id))
    .map(
      (e): ScopeItemOut => ({
        service: presentService(e.service_id, services.get(e.service_id)),
        basis: e.basis,
        annexItem: null,
        validFrom: e.valid_from,
        validUntil: e.valid_until,
      }),
    )
    .sort(
      (a, b) =>
        lvCompare(a.service.name.lv, b.service.name.lv) || a.service.identifier.localeCompare(b.service.identifier),
    );
  return [...items, ...own];
}

/** CR-7: the published services in the centre's scope on the day (default: today in Riga), public. */
export async function scopeOn(deps: Deps, centreId: string, date: string | undefined): Promise<ScopeOut> {
  const day = date ?? rigaDate(deps.now());
  const issues = dateIssue(day, '/date', true);
  if (issues.length > 0) throw new ValidationError(issues);
  const centre = await centreOr404(deps, centreId);
  return { centreId, centreName: centre.name, date: day, items: await itemsOn(deps, centreId, day, true) };
}

/** What enters and leaves the centre's scope between two days: its entries' periods and the basket's versions. */
export async function scopeChanges(deps: Deps, centreId: string, from: string, to: string): Promise<ScopeChangesOut> {
  const issues = [...dateIssue(from, '/from', true), ...dateIssue(to, '/to', true)];
  if (issues.length === 0 && to < from) issues.push({ field: '/to', code: 'scope_dates_order', in: 'query' });
  if (issues.length > 0) throw new ValidationError(issues);
  await centreOr404(deps, centreId);
  const [before, after] = await Promise.all([itemsOn(deps, centreId, from, false), itemsOn(deps, centreId, to, false)]);
  const key = (i: ScopeItemOut) => `${i.service.id}|${i.basis}|${i.annexItem ?? ''}`;
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    centreId,
    from,
    to,
    entering: after.filter((i) => !had.has(key(i))),
    leaving: before.filter((i) => !has.has(key(i))),
  };
}

export interface AddEntryIn {
  serviceId: string;
  basis: ScopeBasis;
  validFrom: string;
  validUntil?: string | null;
  note?: string | null;
}

/** The clashing period, for the refusal's message ("…" for an open end). */
const overlapParams = (e: { valid_from: string; valid_until: string | null }) => ({
  from: lvDate(e.valid_from),
  until: e.valid_until ? lvDate(e.valid_until) : '…',
});

/**
 * CR-7.2, CR-7.3: the municipality adds a service to its centre's scope for a period. Refused: an unknown or not
 * published service (/serviceId), a basket service (already in every scope on that day, CR-7.1), another holder's
 * service as the municipality's own (/basis), dates in the wrong order (/validUntil), a period overlapping another
 * of the same service (409).
 */
export async function addEntry(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  input: AddEntryIn,
): Promise<EntryOut> {
  const centre = await managedCentre(deps, context.actor, centreId);
  const until = input.validUntil ?? null;
  const issues = [...dateIssue(input.validFrom, '/validFrom'), ...(until ? dateIssue(until, '/validUntil') : [])];
  if (issues.length === 0 && until !== null && until < input.validFrom)
    issues.push({ field: '/validUntil', code: 'scope_dates_order' });
  const service = await findServiceRef(deps.db, input.serviceId);
  if (!service) issues.push({ field: '/serviceId', code: 'scope_service_unknown' });
  else if (service.status !== 'published') issues.push({ field: '/serviceId', code: 'scope_service_not_published' });
  else if (isIsoDate(input.validFrom) && (await isBasketServiceOn(deps.db, service.id, input.validFrom)))
    issues.push({ field: '/serviceId', code: 'scope_service_in_basket' });
  else if (input.basis === 'CR-7.2' && service.holder_id !== centre.municipality_id)
    issues.push({ field: '/basis', code: 'scope_not_municipal' });
  if (issues.length > 0) throw new ValidationError(issues);

  return inTransaction(deps.db, async (trx) => {
    await repo.lockEntries(trx);
    // CR-16: under the lock an exclusion taking effect at the same time has either ended its entries or waits.
    const excluded = await exclusionIssue(trx, input.serviceId, input.validFrom, until);
    if (excluded) throw new ValidationError([excluded]);
    const clash = await repo.overlapping(trx, {
      centreId,
      serviceId: input.serviceId,
      from: input.validFrom,
      until,
    });
    if (clash)
      throw new ConflictError(
        'scope_entry_overlaps',
        [{ field: '/validFrom', code: 'scope_entry_overlaps', params: overlapParams(clash) }],
        overlapParams(clash),
      );
    const row = await repo.insertEntry(
      trx,
      {
        centreId,
        serviceId: input.serviceId,
        basis: input.basis,
        validFrom: input.validFrom,
        validUntil: until,
        note: input.note?.trim() || null,
        createdBy: context.actor.userId,
      },
      deps.now(),
    );
    const after = presentEntry(row, (await repo.serviceFacts(trx, [row.service_id])).get(row.service_id));
    await recordAudit(trx, context, {
      action: 'scope_entry.create',
      entityType: 'centre_scope_entry',
      entityId: row.id,
      organisationId: centre.municipality_id,
      after,
    });
    return after;
  });
}

/**
 * Ends an entry: its last day becomes `validUntil` (not before its first day; a later end may not reach another
 * period of the same service). Audited with the entry before and after.
 */
export async function endEntry(
  deps: Deps,
  context: AuditContext,
  centreId: string,
  entryId: string,
  validUntil: string,
): Promise<EntryOut> {
  const centre = await managedCentre(deps, context.actor, centreId);
  const issues = dateIssue(validUntil, '/validUntil');
  if (issues.length > 0) throw new ValidationError(issues);
  return inTransaction(deps.db, async (trx) => {
    await repo.lockEntries(trx);
    const entry = await repo.findEntry(trx, centreId, entryId);
    if (!entry) throw new NotFoundError();
    if (validUntil < entry.valid_from) throw ValidationError.field('/validUntil', 'scope_dates_order');
    // CR-16: an entry ended by an exclusion is not extended into it.
    const excluded = await exclusionIssue(trx, entry.service_id, entry.valid_from, validUntil);
    if (excluded) throw new ValidationError([excluded]);
    const clash = await repo.overlapping(trx, {
      centreId,
      serviceId: entry.service_id,
      from: entry.valid_from,
      until: validUntil,
      exceptId: entry.id,
    });
    if (clash)
      throw new ConflictError(
        'scope_entry_overlaps',
        [{ field: '/validUntil', code: 'scope_entry_overlaps', params: overlapParams(clash) }],
        overlapParams(clash),
      );
    const service = (await repo.serviceFacts(trx, [entry.service_id])).get(entry.service_id);
    const before = presentEntry(entry, service);
    const row = await repo.endEntry(trx, entry.id, { validUntil, endedBy: context.actor.userId }, deps.now());
    const after = presentEntry(row, service);
    await recordAudit(trx, context, {
      action: 'scope_entry.end',
      entityType: 'centre_scope_entry',
      entityId: row.id,
      organisationId: centre.municipality_id,
      before,
      after,
    });
    return after;
  });
}
