// Today's contacts beside the form (issue 5 §2): the ones still in this browser's outbox first ("waiting to be
// sent", or refused and waiting for a correction), then the server's, newest first. Each can be changed or undone
// on the day; a personal code is masked, and showing it in full is a deliberate, audited action.
import { useState } from 'react';
import { api, ApiError, type FieldProblem } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useStatus } from '../components/Status.tsx';
import type { Queued } from '../counter/outbox.ts';
import type { ContactOut } from '../counter/types.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { Loaded } from '../useApi.ts';
import { describe, describeContact, StateTag, timeOf } from './CounterShared.tsx';

interface Props {
  today: string;
  list: Loaded<{ total: number; items: ContactOut[] }>;
  queued: Queued[];
  onlyMine: boolean;
  onOnlyMine(value: boolean): void;
  onEdit(contact: ContactOut): void;
  onUndo(contact: ContactOut): void;
  onCorrect(item: Queued): void;
  onDiscard(item: Queued): void;
  onSendNow(): void;
  busyId: string | null;
  error: unknown;
}

function ClientCell({ contact }: { contact: ContactOut }) {
  const { m } = useI18n();
  const c = m.counter;
  const { announce } = useStatus();
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!contact.client) return null;
  if (contact.client.kind === 'legal_person') return <span>{contact.client.identifier}</span>;
  const reveal = async () => {
    setError(null);
    try {
      const { identifier } = await api.get<{ identifier: string }>(`/api/v1/contacts/${contact.id}/client-code`);
      setFull(identifier);
      announce(c.codeShown);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <span className="token">{full ?? contact.client.identifier}</span>{' '}
      <button
        type="button"
        className="button button--small button--secondary"
        aria-label={full ? undefined : fill(c.showCodeLabel, { time: timeOf(contact.occurredAt) })}
        onClick={full ? () => setFull(null) : () => void reveal()}
      >
        {full ? c.hideCode : c.showCode}
      </button>
      <ErrorSummary error={error} />
    </>
  );
}

/** A personal code waiting in the outbox, masked as the server shows it ("120190-1****"). */
function masked(code: string): string {
  const digits = code.replace(/\D/g, '');
  return `${digits.slice(0, 6)}-${digits.slice(6, 7)}****`;
}

function QueuedRow({
  item,
  onCorrect,
  onDiscard,
  onSendNow,
}: { item: Queued } & Pick<Props, 'onCorrect' | 'onDiscard' | 'onSendNow'>) {
  const { m } = useI18n();
  const c = m.counter;
  const what = describe(m, item.body.type, item.services);
  const refusal = item.refusal;
  return (
    <tr className="counter-queued">
      <td className="nowrap">{timeOf(item.body.occurredAt)}</td>
      <td>
        <strong>{c.types[item.body.type]}</strong>
        <br />
        {item.services.map((s) => `${s.identifier} ${s.name}`).join(', ') || c.noService}
        <br />
        <span className="small">{`${c.channels[item.body.channel]} · ${c.outcomes[item.body.outcome]}`}</span>
        <br />
        {refusal ? (
          <span className="tag tag--danger">{c.refused}</span>
        ) : (
          <span className="tag tag--off">{c.waiting}</span>
        )}
        {refusal && <RefusalText refusal={refusal} />}
      </td>
      <td className="token">
        {item.body.client?.personalCode ? masked(item.body.client.personalCode) : (item.body.client?.regNo ?? '')}
      </td>
      <td>
        <div className="counter-row-actions">
          {refusal ? (
            <>
              <button
                type="button"
                className="button button--small"
                aria-label={fill(c.correctLabel, { what })}
                onClick={() => onCorrect(item)}
              >
                {c.correct}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={fill(c.discardLabel, { what })}
                onClick={() => onDiscard(item)}
              >
                {c.discard}
              </button>
            </>
          ) : (
            <button type="button" className="button button--small button--secondary" onClick={onSendNow}>
              {c.sendNow}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function RefusalText({ refusal }: { refusal: { title: string; errors: FieldProblem[] } }) {
  const messages = [refusal.title, ...refusal.errors.map((e) => e.message)].filter(
    (t, i, all) => t && all.indexOf(t) === i,
  );
  return <span className="field__error counter-refusal">{messages.join(' ')}</span>;
}

function ContactRow({
  contact,
  onEdit,
  onUndo,
  busy,
}: {
  contact: ContactOut;
  onEdit(c: ContactOut): void;
  onUndo(c: ContactOut): void;
  busy: boolean;
}) {
  const { m } = useI18n();
  const c = m.counter;
  const time = timeOf(contact.occurredAt);
  const what = describeContact(m, contact);
  return (
    <tr>
      <td className="nowrap">{time}</td>
      <td>
        <strong>{c.types[contact.type]}</strong>
        <br />
        {contact.services.map((s) => `${s.identifier} ${s.name}`).join(', ') || c.noService}
        <br />
        <span className="small">{`${c.channels[contact.channel]} · ${c.outcomes[contact.outcome]}`}</span>
        {contact.state !== 'closed' && (
          <>
            <br />
            <StateTag state={contact.state} dueOn={contact.dueOn} />
          </>
        )}
        {contact.note && <span className="small counter-note">{contact.note}</span>}
      </td>
      <td>
        <ClientCell contact={contact} />
      </td>
      <td>
        {contact.editable && (
          <div className="counter-row-actions">
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={fill(c.editLabel, { time, what })}
              onClick={() => onEdit(contact)}
            >
              {c.edit}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={fill(c.undoLabel, { time, what })}
              disabled={busy}
              onClick={() => onUndo(contact)}
            >
              {c.undo}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

export function CounterToday({
  today,
  list,
  queued,
  onlyMine,
  onOnlyMine,
  onEdit,
  onUndo,
  onCorrect,
  onDiscard,
  onSendNow,
  busyId,
  error,
}: Props) {
  const { m } = useI18n();
  const c = m.counter;
  const items = list.data?.items ?? [];
  const waiting = queued.filter((q) => !q.refusal).length;
  // Offline the last list stays on screen; the outbox says what is not yet on the server.
  const listError = list.error instanceof ApiError ? list.error : null;
  return (
    <section className="counter-today" aria-labelledby="counter-today-title">
      <h2 id="counter-today-title">{fill(c.todayTitle, { date: formatDate(today) })}</h2>
      <div className="checkbox">
        <input
          type="checkbox"
          id="counter-only-mine"
          checked={onlyMine}
          onChange={(e) => onOnlyMine(e.target.checked)}
        />
        <label htmlFor="counter-only-mine">{c.onlyMine}</label>
      </div>
      <ErrorSummary error={error ?? listError} />
      {waiting > 0 && <p className="alert alert--warning">{fill(c.waitingCount, { count: waiting })}</p>}
      {list.data && <p className="muted small">{fill(c.todayCount, { total: list.data.total })}</p>}
      {items.length === 0 && queued.length === 0 && list.data && <p>{c.todayNone}</p>}
      {(items.length > 0 || queued.length > 0) && (
        <div className="table-wrap">
          <table className="counter-table">
            <caption className="visually-hidden">{fill(c.todayTitle, { date: formatDate(today) })}</caption>
            <thead>
              <tr>
                <th scope="col">{c.time}</th>
                <th scope="col">{c.what}</th>
                <th scope="col">{c.clientColumn}</th>
                <th scope="col">{c.actions}</th>
              </tr>
            </thead>
            <tbody>
              {queued.map((item) => (
                <QueuedRow
                  key={item.key}
                  item={item}
                  onCorrect={onCorrect}
                  onDiscard={onDiscard}
                  onSendNow={onSendNow}
                />
              ))}
              {items.map((contact) => (
                <ContactRow
                  key={contact.id}
                  contact={contact}
                  onEdit={onEdit}
                  onUndo={onUndo}
                  busy={busyId === contact.id}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
