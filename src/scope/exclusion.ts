// CR-16: a service excluded from the centres leaves every centre's scope on the exclusion's day. Its entries (CR-7.2,
// CR-7.3) end the day before — earlier days keep answering as they did — and an entry that would only have started on
// or after that day is removed; each change audited with the entry before and after. While an exclusion is notified
// or done, no entry may reach into it (unless the committee later approved moving the service back, CR-12 … CR-15).
import type { Kysely } from 'kysely';
import type { DB, Deps, Tx } from '../db.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import type { FieldIssue } from '../platform/errors.ts';
import { addDays } from '../platform/time.ts';
import { lvDate } from '../obligations/lookups.ts';
import { allCentreRefs } from '../centres/lookups.ts';
import { serviceExcludedFrom } from '../proposals/lookups.ts';
import { presentEntry } from './presenters.ts';
import * as repo from './repository.ts';

export interface ServiceExclusion {
  serviceId: string;
  /** The exclusion's day: the first day no centre provides the service. */
  from: string;
  /** The exclusion (a proposal), named in the audit events. */
  proposalId: string;
}

/**
 * CR-16: ends the service's entries in every centre's scope at the exclusion's day, in the caller's transaction (the
 * exclusion's step). Answers how many entries were ended and how many removed.
 */
export async function endServiceInScopes(
  trx: Tx,
  deps: Deps,
  context: AuditContext,
  exclusion: ServiceExclusion,
): Promise<{ ended: number; removed: number }> {
  await repo.lockEntries(trx);
  const rows = await repo.entriesOfServiceFrom(trx, exclusion.serviceId, exclusion.from);
  if (rows.length === 0) return { ended: 0, removed: 0 };
  const service = (await repo.serviceFacts(trx, [exclusion.serviceId])).get(exclusion.serviceId);
  const municipalities = new Map((await allCentreRefs(trx)).map((c) => [c.id, c.municipality_id]));
  const lastDay = addDays(exclusion.from, -1);
  const reason = { rule: 'CR-16', proposalId: exclusion.proposalId };
  let ended = 0;
  for (const row of rows) {
    const base = {
      entityType: 'centre_scope_entry',
      entityId: row.id,
      organisationId: municipalities.get(row.centre_id) ?? null,
      before: presentEntry(row, service),
    };
    if (row.valid_from < exclusion.from) {
      const after = await repo.endEntry(
        trx,
        row.id,
        { validUntil: lastDay, endedBy: context.actor.userId },
        deps.now(),
      );
      await recordAudit(trx, context, {
        ...base,
        action: 'scope_entry.end',
        after: { ...presentEntry(after, service), reason },
      });
      ended += 1;
    } else {
      await repo.deleteEntry(trx, row.id);
      await recordAudit(trx, context, { ...base, action: 'scope_entry.delete', after: { reason } });
    }
  }
  return { ended, removed: rows.length - ended };
}

/**
 * CR-16: the field of a period [from, until] that reaches into the service's exclusion (its first day on or after
 * it: /validFrom; an end on or after it, or none: /validUntil), or nothing.
 */
export async function exclusionIssue(
  q: Kysely<DB> | Tx,
  serviceId: string,
  from: string,
  until: string | null,
): Promise<FieldIssue | undefined> {
  const day = await serviceExcludedFrom(q, serviceId);
  if (day === null) return undefined;
  const params = { date: lvDate(day), last: lvDate(addDays(day, -1)) };
  if (from >= day) return { field: '/validFrom', code: 'scope_service_excluded', params };
  if (until === null || until >= day) return { field: '/validUntil', code: 'scope_service_excluded', params };
  return undefined;
}
