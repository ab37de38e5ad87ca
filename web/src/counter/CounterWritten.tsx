// The centre's written contacts on the counter page (DR-25.1.7.3): how many e-mails and e-address messages wait for
// an answer, how many are overdue and due today; links (kept in the address: ?written=open|overdue) list them,
// earliest due first, each with an "answered" action that records the answer now.
import { useEffect, useRef, useState } from 'react';
import { client } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/Status.tsx';
import type { ContactOut, DashboardOut } from './types.ts';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, useLocation } from '../app/router.tsx';
import { useGet, type Loaded } from '../useApi.ts';
import { describeContact, StateTag } from './CounterShared.tsx';
import { LegalBasis } from '../shared/LegalBasis.tsx';

interface Props {
  centreId: string;
  dashboard: Loaded<DashboardOut>;
  /** Changes when contacts were registered, changed or undone elsewhere on the page. */
  version: number;
  onAnswered(): void;
}

function WrittenList({
  centreId,
  state,
  version,
  onAnswered,
}: {
  centreId: string;
  state: 'open' | 'overdue';
  version: number;
  onAnswered(): void;
}) {
  const { m } = useI18n();
  const w = m.counter.written;
  const { announce } = useStatus();
  const list = useGet('/api/v1/contacts', { params: { query: { centreId, state, limit: 100 } } });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // After an answer its row leaves the list: the focus goes to the row that took its place (or the list's heading),
  // not to the page's start.
  const [focusRow, setFocusRow] = useState<{ index: number; before: unknown } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const { reload } = list;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version from the parent is the trigger to reload.
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [version, reload]);

  const answer = async (contact: ContactOut) => {
    setBusy(contact.id);
    setError(null);
    try {
      await client.POST('/api/v1/contacts/{id}/answer', { params: { path: { id: contact.id } }, body: {} });
      announce(fill(w.answered, { what: describeContact(m, contact) }));
      const index = Math.max(
        0,
        (list.data?.items ?? []).findIndex((c) => c.id === contact.id),
      );
      setFocusRow({ index, before: list.data });
      onAnswered();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const items = list.data?.items ?? [];
  useEffect(() => {
    // Once the list has been read again without the answered contact.
    if (focusRow === null || list.loading || list.data === focusRow.before) return;
    const buttons = container.current?.querySelectorAll<HTMLButtonElement>('button[data-answer]') ?? [];
    const target = buttons[Math.min(focusRow.index, buttons.length - 1)] ?? container.current?.querySelector('h3');
    target?.focus();
    setFocusRow(null);
  }, [focusRow, list.loading, list.data]);
  return (
    <div className="counter-written__list" ref={container}>
      <h3 id="counter-written-list-title" tabIndex={-1}>
        {state === 'open' ? w.listOpen : w.listOverdue}
      </h3>
      <ErrorSummary error={error ?? list.error} />
      {list.data && items.length === 0 && <p>{w.none}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{state === 'open' ? w.listOpen : w.listOverdue}</caption>
            <thead>
              <tr>
                <th scope="col">{w.received}</th>
                <th scope="col">{m.counter.what}</th>
                <th scope="col">{w.dueOn}</th>
                <th scope="col">{m.counter.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((contact) => (
                <tr key={contact.id}>
                  <td className="nowrap">{formatDateTime(contact.occurredAt)}</td>
                  <td>
                    {describeContact(m, contact)}
                    <br />
                    <span className="small">{`${m.counter.channels[contact.channel]} · ${contact.employee.name}`}</span>
                  </td>
                  <td>
                    {formatDate(contact.dueOn)} <StateTag state={contact.state} dueOn={null} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      data-answer
                      disabled={busy === contact.id}
                      aria-label={fill(w.answerLabel, {
                        what: describeContact(m, contact),
                        date: formatDate(contact.occurredOn),
                      })}
                      onClick={() => void answer(contact)}
                    >
                      {w.answer}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function CounterWritten({ centreId, dashboard, version, onAnswered }: Props) {
  const { m } = useI18n();
  const w = m.counter.written;
  const { query } = useLocation();
  const state = query.get('written');
  const shown = state === 'open' || state === 'overdue' ? state : null;
  const d = dashboard.data;
  return (
    <section className="counter-written" aria-labelledby="counter-written-title">
      <h2 id="counter-written-title">{w.title}</h2>
      <p className="muted small">{w.hint}</p>
      <LegalBasis label={m.counter.legalBasis} basis={w.basis} />
      {d && (
        <ul className="counter-written__counts">
          <li>
            <Link to="/counter?written=open" aria-current={shown === 'open' ? 'true' : undefined}>
              {fill(w.open, { count: d.open })}
            </Link>
          </li>
          <li className={d.overdue > 0 ? 'overdue-count' : undefined}>
            <Link to="/counter?written=overdue" aria-current={shown === 'overdue' ? 'true' : undefined}>
              {d.overdue > 0 && <span aria-hidden="true">! </span>}
              {fill(w.overdue, { count: d.overdue })}
            </Link>
          </li>
          <li>{fill(w.dueToday, { count: d.dueToday })}</li>
          {shown && (
            <li>
              <Link to="/counter">{w.hide}</Link>
            </li>
          )}
        </ul>
      )}
      {shown && <WrittenList key={shown} centreId={centreId} state={shown} version={version} onAnswered={onAnswered} />}
    </section>
  );
}
