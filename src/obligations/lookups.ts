// The light part of obligations' public face (re-exported by index.ts): the rule registry's legal terms and due dates,
// which every capability may ask without a cycle — these modules import only the platform and organisations' lookups.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { RETENTION_RULE_IDS } from './rules.ts';
export {
  previewDeadline,
  previewOn,
  storagePeriodEnd,
  UnknownRuleError,
  type Explanation,
  type Preview,
  type PreviewInput,
} from './preview.ts';
export { periodsContaining } from './periods.ts';
// A date as Latvians write it.
export { lvDate } from './format.ts';

// The head's morning page (src/staff): the centre's obligations past their due date on the Riga day `today`
// (open, due before it; retention periods end rather than fall due, so never overdue), counted by rule.

export async function overdueAtCentre(
  q: Kysely<DB>,
  centreId: string,
  today: string,
): Promise<{ ruleId: string; count: number; earliestDue: string }[]> {
  let query = q
    .selectFrom('obligations')
    .select([
      'rule_id',
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.min<string>('due_date').as('earliest_due'),
    ])
    .where('centre_id', '=', centreId)
    .where('status', '=', 'open')
    .where('due_date', '<', today);
  if (RETENTION_RULE_IDS.length > 0) query = query.where('rule_id', 'not in', [...RETENTION_RULE_IDS]);
  const rows = await query.groupBy('rule_id').orderBy('rule_id').execute();
  return rows.map((r) => ({ ruleId: r.rule_id, count: Number(r.count), earliestDue: String(r.earliest_due) }));
}
