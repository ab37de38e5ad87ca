// The counter's side of a conflict (412): a contact the user was correcting was changed meanwhile (by the head of
// centre, or in another tab). The drafts are compared as the form shows them: service, type, channel, outcome, note.
import { Conflict } from '../shared/Conflict.tsx';
import { draftOf, type Draft } from './drafts.ts';
import type { ContactOut } from './types.ts';
import { useI18n } from '../i18n/context.tsx';
import { pick } from '../i18n/messages.ts';
import type { ConflictState } from '../shared/useConflict.ts';

/** What the form shows of a draft (the client's code is never shown back, so it is not compared). */
const shownOf = (d: Draft) => ({
  service: d.service?.name ?? null,
  type: d.type,
  channel: d.channel,
  outcome: d.outcome,
  note: d.note.trim() || null,
});

interface Props {
  conflict: ConflictState<ContactOut, Draft>;
  busy: boolean;
  onReapply(): void;
  onDiscard(): void;
}

export function CounterConflict({ conflict, busy, onReapply, onDiscard }: Props) {
  const { m } = useI18n();
  const c = m.counter;
  const labels: Record<string, string> = {
    '/service': c.service,
    '/type': c.type,
    '/channel': c.channel,
    '/outcome': c.outcome,
    '/note': c.note,
  };
  const tables: Record<string, Record<string, string>> = {
    '/type': c.types,
    '/channel': c.channels,
    '/outcome': c.outcomes,
  };
  return (
    <Conflict
      id="counter-conflict"
      base={shownOf(conflict.base)}
      theirs={shownOf(draftOf(conflict.theirs))}
      mine={shownOf(conflict.mine)}
      version={conflict.theirs.version}
      changedAt={conflict.theirs.updatedAt}
      labelOf={(pointer) => labels[pointer] ?? pointer}
      show={(pointer, value) =>
        tables[pointer] && typeof value === 'string' ? pick(tables[pointer]!, value) : undefined
      }
      busy={busy}
      onReapply={onReapply}
      onDiscard={onDiscard}
    />
  );
}
