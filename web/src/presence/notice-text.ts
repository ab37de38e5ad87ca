// A notice's lateness in words: the last day, the working days given and the days not counted (holidays, weekends).
import type { Messages } from '../i18n/messages.ts';
import { fill } from '../i18n/messages.ts';
import type { ApiResponse } from '../api/types.ts';
import { formatDate } from '../shared/format.ts';

type Notice = ApiResponse<'createPresenceNoticePublication'>;

export function lateText(m: Messages, n: Notice): string {
  const p = m.presence;
  const c = n.check;
  if (!c.late) return p.onTime;
  if (c.due === null || c.needed === null)
    return fill(p.lateWhy, { due: formatDate(c.due ?? c.effectiveFrom), counted: 0, needed: 0 });
  const skipped = c.days
    .filter((d) => !d.counted)
    .map((d) => `${formatDate(d.date)}${d.nameLv ? ` (${d.nameLv})` : ''}`)
    .join(', ');
  return `${fill(p.lateWhy, { due: formatDate(c.due), counted: c.counted ?? 0, needed: c.needed })} ${skipped ? fill(p.notCounted, { days: skipped }) : ''}`.trim();
}
