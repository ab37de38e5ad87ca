// Today's contacts beside the form (CR-17.1 … CR-17.4): the ones still in this browser's outbox first ("waiting to be
// sent", or refused and waiting for a correction), then the server's, newest first. Each can be changed or undone
// on the day; a personal code is masked, and showing it in full is a deliberate, audited action.
import { useState } from 'react';
import { ApiError, client, type FieldProblem } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/Status.tsx';
import type { Queued } from './outbox.ts';
import type { ContactOut } from './types.ts';
import { formatDate } from '../shared/format.ts';
import { nameIn } from '../shared/names.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { Loaded } from '../useApi.ts';
import { describe, describeContact, StateTag, timeOf } from './CounterShared.tsx';

/** The days the list shows, inclusive (YYYY-MM-DD); today by default. */
export interface DayRange {
  from: string;
  to: string;
}

interface Props {
  today: string;
  range: DayRange;
  onRange(range: DayRange): void;
  list: Loaded<{ total: number; items: ContactOut[] }>;
  /** Every contact of the range (the list shows its first page), for the downloads. */
  exportContacts(): Promise<readonly ContactOut[]>;
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
      const { identifier } = await client.GET('/api/v1/contacts/{id}/client-code', {
        params: { path: { id: contact.id } },
      });
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

/** What a registration waiting in the outbox is: type, services, channel and outcome, waiting or refused. */
function QueuedWhat({ item }: { item: Queued }) {
  const { m, lang } = useI18n();
  const c = m.counter;
  const refusal = item.refusal;
  return (
    <>
      <strong>{c.types[item.body.type]}</strong>
      <br />
      {item.services.map((s) => `${s.identifier} ${nameIn(lang, s)}`).join(', ') || c.noService}
      <br />
      <span className="small">{`${c.channels[item.body.channel]} · ${c.outcomes[item.body.outcome]}`}</span>
      <br />
      {refusal ? (
        <span className="tag tag--danger">{c.refused}</span>
      ) : (
        <span className="tag tag--off">{c.waiting}</span>
      )}
      {refusal && <RefusalText refusal={refusal} />}
    </>
  );
}

function QueuedActions({
  item,
  onCorrect,
  onDiscard,
  onSendNow,
}: { item: Queued } & Pick<Props, 'onCorrect' | 'onDiscard' | 'onSendNow'>) {
  const { m } = useI18n();
  const c = m.counter;
  const what = describe(m, item.body.type, item.services);
  return (
    <div className="counter-row-actions">
      {item.refusal ? (
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
  );
}

function RefusalText({ refusal }: { refusal: { title: string; errors: FieldProblem[] } }) {
  const messages = [refusal.title, ...refusal.errors.map((e) => e.message)].filter(
    (t, i, all) => t && all.indexOf(t) === i,
  );
  return <span className="field__error counter-refusal">{messages.join(' ')}</span>;
}

function ContactWhat({ contact }: { contact: ContactOut }) {
  const { m, lang } = useI18n();
  const c = m.counter;
  return (
    <>
      <strong>{c.types[contact.type]}</strong>
      <br />
      {contact.services.map((s) => `${s.identifier} ${nameIn(lang, s)}`).join(', ') || c.noService}
      <br />
      <span className="small">
        {contact.outcome === 'awaiting_reply'
          ? c.channels[contact.channel]
          : `${c.channels[contact.channel]} · ${c.outcomes[contact.outcome]}`}
      </span>
      {contact.state !== 'closed' && (
        <>
          <br />
          <StateTag state={contact.state} dueOn={contact.dueOn} />
        </>
      )}
      {contact.note && <NoteText note={contact.note} />}
    </>
  );
}

/** Notes up to this many characters are shown whole; a longer one is shortened, the whole a click away. */
const NOTE_SHOWN = 120;

/** A long note must not stretch the table and push the row's buttons out of view: shortened, whole on demand. */
function NoteText({ note }: { note: string }) {
  const c = useI18n().m.counter;
  if (note.length <= NOTE_SHOWN) return <span className="small counter-note">{note}</span>;
  return (
    <details className="small counter-note">
      <summary>
        {`${note.slice(0, NOTE_SHOWN).trimEnd()}… `}
        <span className="counter-note__more">{c.noteWhole}</span>
      </summary>
      <p>{note}</p>
    </details>
  );
}

function ContactActions({
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
  if (!contact.editable) return null;
  return (
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
  );
}

/** A row of the day's list: a registration still in this browser's outbox, or one the server has. */
type TodayRow =
  | { key: string; queued: Queued; contact?: undefined }
  | { key: string; contact: ContactOut; queued?: undefined };

function queuedClient(item: Queued): string {
  return item.body.client?.personalCode ? masked(item.body.client.personalCode) : (item.body.client?.regNo ?? '');
}

export function CounterToday({
  today,
  list,
  exportContacts,
  queued,
  onlyMine,
  onOnlyMine,
  range,
  onRange,
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
  const rows: TodayRow[] = [
    ...queued.map((item) => ({ key: item.key, queued: item })),
    ...items.map((contact) => ({ key: contact.id, contact })),
  ];
  const occurredAt = (r: TodayRow) => (r.queued ? r.queued.body.occurredAt : r.contact.occurredAt);
  const whatText = (r: TodayRow) => {
    const body = r.queued ? r.queued.body : r.contact;
    const what = r.queued ? describe(m, body.type, r.queued.services) : describeContact(m, r.contact);
    return `${what} · ${c.channels[body.channel]} · ${c.outcomes[body.outcome]}`;
  };
  // The CSV file gets the personal code masked, as the list shows it: the full code is shown on request only.
  const clientText = (r: TodayRow) => (r.queued ? queuedClient(r.queued) : (r.contact.client?.identifier ?? ''));
  const columns: Column<TodayRow>[] = [
    {
      key: 'time',
      header: c.time,
      className: 'nowrap',
      sortValue: occurredAt,
      csv: (r) => timeOf(occurredAt(r)),
      cell: (r) => timeOf(occurredAt(r)),
    },
    {
      key: 'what',
      header: c.what,
      sortValue: whatText,
      cell: (r) => (r.queued ? <QueuedWhat item={r.queued} /> : <ContactWhat contact={r.contact} />),
    },
    {
      key: 'client',
      header: c.clientColumn,
      sortValue: clientText,
      cell: (r) =>
        r.queued ? <span className="token">{queuedClient(r.queued)}</span> : <ClientCell contact={r.contact} />,
    },
    {
      key: 'actions',
      header: c.actions,
      csv: false,
      cell: (r) =>
        r.queued ? (
          <QueuedActions item={r.queued} onCorrect={onCorrect} onDiscard={onDiscard} onSendNow={onSendNow} />
        ) : (
          <ContactActions contact={r.contact} onEdit={onEdit} onUndo={onUndo} busy={busyId === r.contact.id} />
        ),
    },
  ];
  const onlyToday = range.from === today && range.to === today;
  const title = onlyToday
    ? fill(c.todayTitle, { date: formatDate(today) })
    : fill(c.rangeTitle, { from: formatDate(range.from), to: formatDate(range.to) });
  // A cleared date field keeps the day it had: the list always has both ends.
  const setDay = (end: keyof DayRange) => (value: string) => value && onRange({ ...range, [end]: value });
  return (
    <section className="counter-today" aria-labelledby="counter-today-title">
      <h2 id="counter-today-title">{title}</h2>
      <div className="counter-range">
        <div className="field">
          <label htmlFor="counter-from">{c.rangeFrom}</label>
          <input
            id="counter-from"
            type="date"
            value={range.from}
            max={today}
            onChange={(e) => setDay('from')(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="counter-to">{c.rangeTo}</label>
          <input
            id="counter-to"
            type="date"
            value={range.to}
            max={today}
            onChange={(e) => setDay('to')(e.target.value)}
          />
        </div>
      </div>
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
      {list.data && (
        <p className="muted small">{fill(onlyToday ? c.todayCount : c.rangeCount, { total: list.data.total })}</p>
      )}
      {items.length === 0 && queued.length === 0 && list.data && <p>{onlyToday ? c.todayNone : c.rangeNone}</p>}
      {(items.length > 0 || queued.length > 0) && (
        <DataTable
          caption={title}
          captionHidden
          className="counter-table"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          rowClassName={(r) => (r.queued ? 'counter-queued' : undefined)}
          exportName="contacts"
          exportRows={async (): Promise<TodayRow[]> => [
            ...queued.map((item) => ({ key: item.key, queued: item })),
            ...(await exportContacts()).map((contact) => ({ key: contact.id, contact })),
          ]}
        />
      )}
    </section>
  );
}
