// Small pieces the counter's parts share: how a contact is named in messages and buttons, its time of day, and the
// state tag of a written contact (said in words, not only by colour).
import type { ContactOut, ContactState, ContactType, ServiceRef } from './types.ts';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { fill } from '../i18n/messages.ts';

/** "Sniegta informācija — Dzīvesvietas deklarēšana". */
export function describe(m: Messages, type: ContactType, services: readonly Pick<ServiceRef, 'name'>[]): string {
  return `${m.counter.types[type]} — ${services.map((s) => s.name).join(', ') || m.counter.noService}`;
}

export const describeContact = (m: Messages, c: ContactOut) => describe(m, c.type, c.services);

/** "14:05" in Riga time. */
export function timeOf(instant: string): string {
  return formatDateTime(instant).split(' ')[1] ?? '';
}

export function StateTag({ state, dueOn }: { state: ContactState; dueOn: string | null }) {
  const c = useI18n().m.counter;
  if (state === 'closed') return null;
  const due = dueOn ? ` (${fill(c.due, { date: formatDate(dueOn) })})` : '';
  if (state === 'overdue')
    return (
      <span className="tag tag--danger">
        <span aria-hidden="true">! </span>
        {c.states.overdue}
        {due}
      </span>
    );
  const kind = state === 'answered' ? 'tag tag--ok' : state === 'answered_late' ? 'tag tag--off' : 'tag';
  return (
    <span className={kind}>
      {c.states[state]}
      {state === 'open' ? due : ''}
    </span>
  );
}
