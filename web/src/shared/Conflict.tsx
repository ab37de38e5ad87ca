// Someone else changed what the user was editing (the API answered 412): their version beside the user's changes,
// field by field, and the two ways on — re-apply mine (the fields the user changed, over their version) or discard
// mine (show theirs). Focused when it appears, so that a keyboard or screen-reader user lands on it.
import { useEffect, useRef } from 'react';
import { differences, shown } from './conflict.ts';
import { formatDateTime } from './format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

export interface ConflictProps {
  id: string;
  /** The editable fields as the user first read them, as the other person saved them, and as the user has them. */
  base: unknown;
  theirs: unknown;
  /** Omitted: the user meant to remove the thing, not to change it. */
  mine?: unknown;
  /** The version now current, and when it was saved if the resource says. */
  version: number;
  changedAt?: string | null | undefined;
  labelOf(pointer: string): string;
  /** A field's value in words where the generic reading is not enough (a select's label, weekly hours). */
  show?(pointer: string, value: unknown): string | undefined;
  busy?: boolean;
  onReapply(): void;
  onDiscard(): void;
}

export function Conflict({
  id,
  base,
  theirs,
  mine,
  version,
  changedAt,
  labelOf,
  show,
  busy,
  onReapply,
  onDiscard,
}: ConflictProps) {
  const { m } = useI18n();
  const c = m.conflict;
  const ref = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each newer version of the conflict takes the focus.
  useEffect(() => ref.current?.focus(), [version]);
  const removal = mine === undefined;
  const rows = differences(base, theirs, removal ? base : mine);
  const text = (pointer: string, value: unknown) => show?.(pointer, value) ?? shown(value, m.common);

  return (
    <section id={id} ref={ref} tabIndex={-1} className="alert alert--warning" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="alert__title">
        {c.title}
      </h3>
      <p>
        {changedAt ? fill(c.changedAt, { time: formatDateTime(changedAt), version }) : fill(c.changed, { version })}
      </p>
      {removal && <p>{c.removal}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{c.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.field}</th>
                <th scope="col">{c.theirs}</th>
                {!removal && <th scope="col">{c.mine}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.pointer}>
                  <th scope="row">{labelOf(row.pointer)}</th>
                  <td>
                    {row.theirsChanged ? (
                      <strong>{text(row.pointer, row.theirs)}</strong>
                    ) : (
                      text(row.pointer, row.theirs)
                    )}
                  </td>
                  {!removal && (
                    <td>
                      {row.mineChanged ? (
                        <strong>{text(row.pointer, row.mine)}</strong>
                      ) : (
                        <span className="muted">{c.unchanged}</span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="small">{c.explain}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onReapply} disabled={busy}>
          {c.reapply}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
          {c.discard}
        </button>
      </div>
    </section>
  );
}
