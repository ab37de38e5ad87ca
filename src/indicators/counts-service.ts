// SR-21.1, SR-21.2, SR-17.5: a holder's own channels' counts per service, channel and period, pushed by its system
// (token) or entered in the UI. Validated first — every bad item named by its pointer, nothing written —, then
// upserted by (service, channel, period), so sending the same batch again changes nothing; `dryRun` only checks.
import type { Deps } from '../db.ts';
import { servicesByIdentifiers } from '../catalogue/lookups.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import type { Channel } from './channels.ts';
import { checkHolder } from './service.ts';

export interface CountItem {
  serviceIdentifier: string;
  channel: Channel;
  periodFrom: string;
  periodTo: string;
  applications: number;
  delayed: number;
  complaints: number;
  extras?: { name: string; value: number; unit?: string }[];
}

export interface CountsIn {
  holderId: string;
  items: CountItem[];
}

export async function pushCounts(deps: Deps, input: CountsIn, dryRun: boolean, context: AuditContext) {
  await checkHolder(deps, context.actor, input.holderId, true);
  const services = new Map(
    (await servicesByIdentifiers(deps.db, [...new Set(input.items.map((i) => i.serviceIdentifier))])).map((s) => [
      s.identifier,
      s,
    ]),
  );
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const current = Number(rigaDate(deps.now()).slice(0, 4));
  for (const [i, item] of input.items.entries()) {
    const service = services.get(item.serviceIdentifier);
    if (!service) issues.push({ field: `/items/${i}/serviceIdentifier`, code: 'indicators_service_unknown' });
    else if (service.holder_id !== input.holderId)
      issues.push({ field: `/items/${i}/serviceIdentifier`, code: 'indicators_service_not_holders' });
    if (
      item.periodFrom > item.periodTo ||
      item.periodFrom.slice(0, 4) !== item.periodTo.slice(0, 4) ||
      Number(item.periodFrom.slice(0, 4)) < 2017 ||
      Number(item.periodFrom.slice(0, 4)) > current
    )
      issues.push({ field: `/items/${i}/periodTo`, code: 'indicators_period_years' });
    if (item.delayed > item.applications)
      issues.push({ field: `/items/${i}/delayed`, code: 'indicators_delayed_exceeds' });
    const k = `${item.serviceIdentifier}|${item.channel}|${item.periodFrom}|${item.periodTo}`;
    if (seen.has(k)) issues.push({ field: `/items/${i}`, code: 'indicators_duplicate_item' });
    seen.add(k);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  if (dryRun) return { dryRun: true, accepted: input.items.length, written: 0 };
  return inTransaction(deps.db, async (trx) => {
    for (const item of input.items) {
      const values = {
        applications: item.applications,
        delayed: item.delayed,
        complaints: item.complaints,
        extras: JSON.stringify(item.extras ?? []),
        source: context.actor.kind === 'token' ? ('api' as const) : ('ui' as const),
        recorded_by: context.actor.userId,
        recorded_at: deps.now(),
      };
      await trx
        .insertInto('indicator_channel_counts')
        .values({
          holder_id: input.holderId,
          service_id: services.get(item.serviceIdentifier)!.id,
          channel: item.channel,
          period_from: item.periodFrom,
          period_to: item.periodTo,
          ...values,
        })
        .onConflict((oc) => oc.constraint('indicator_counts_key').doUpdateSet(values))
        .execute();
    }
    await recordAudit(trx, context, {
      action: 'indicator.counts',
      entityType: 'organisation',
      entityId: input.holderId,
      organisationId: input.holderId,
      after: { items: input.items },
    });
    return { dryRun: false, accepted: input.items.length, written: input.items.length };
  });
}
