// The counter (CR-17.1 … CR-17.4, CR-17.13): registering every contact from the keyboard, today's list
// beside the form (changed or undone the same day), and the centre's written contacts waiting for an answer
// (DR-25.1.7.3). Registrations go through the browser's outbox (counter/outbox.ts) with an Idempotency-Key made
// before the first attempt, so one made while the connection is down is sent once when it returns.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { type ApiBody, ApiError, client, isStale } from '../api.ts';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import type { Queued } from './outbox.ts';
import { createBody, draftOf, draftOfQueued, EMPTY_DRAFT, nextDraft, patchBody, type Draft } from './drafts.ts';
import type { ContactOut } from './types.ts';
import { useOutbox } from './useOutbox.ts';
import { usePlace } from './usePlace.ts';
import { reapply } from '../shared/conflict.ts';
import { allPages } from '../shared/all-pages.ts';
import { rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';
import { CounterConflict } from './CounterConflict.tsx';
import { CounterForm } from './CounterForm.tsx';
import { describe, describeContact, timeOf } from './CounterShared.tsx';
import { CounterToday, type DayRange } from './CounterToday.tsx';
import { CounterWritten } from './CounterWritten.tsx';

/** This browser's choice to keep the type and the channel after a registration. */
const KEEP_KEY = 'vienuviet.counter.keep';

export function CounterPage() {
  const { m } = useI18n();
  const c = m.counter;
  const { me, roles } = useSession();
  const { announce } = useStatus();
  const place = usePlace();
  const today = rigaToday();
  // A centre head oversees the whole centre: the list starts with everyone's contacts; an employee's with their own.
  const [onlyMine, setOnlyMine] = useState(!roles.includes('centre_head'));
  const [range, setRange] = useState<DayRange>({ from: today, to: today });
  const listQuery = { centreId: place.centreId, ...range, mine: onlyMine || undefined };
  const list = useGet(place.centreId ? '/api/v1/contacts' : null, { params: { query: { ...listQuery, limit: 200 } } });
  // The downloads take every contact of the range, however many pages.
  const exportContacts = () =>
    allPages((offset, limit) => client.GET('/api/v1/contacts', { params: { query: { ...listQuery, limit, offset } } }));
  const dashboard = useGet(place.centreId ? '/api/v1/centres/{id}/contact-dashboard' : null, {
    params: { path: { id: place.centreId } },
  });
  const [version, setVersion] = useState(0);
  const { reload: reloadList } = list;
  const { reload: reloadDashboard } = dashboard;
  const refresh = useCallback(() => {
    reloadList();
    reloadDashboard();
    setVersion((v) => v + 1);
  }, [reloadList, reloadDashboard]);

  const onSent = useCallback(
    (contact: ContactOut) => {
      announce(fill(c.sentLater, { what: describeContact(m, contact) }));
      refresh();
    },
    [announce, c, m, refresh],
  );
  // Its first attempt had arrived and the contact was undone since: dropped, not registered again (counter/outbox.ts).
  const onUndone = useCallback(
    (item: Queued) => {
      announce(fill(c.undoneMeanwhile, { what: describe(m, item.body.type, item.services) }));
      refresh();
    },
    [announce, c, m, refresh],
  );
  const outbox = useOutbox(me?.user?.id ?? null, onSent, onUndone);

  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [editing, setEditing] = useState<ContactOut | null>(null);
  const [correcting, setCorrecting] = useState<Queued | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [last, setLast] = useState<ContactOut | null>(null);
  const [formRound, setFormRound] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const choosing = useRef<Promise<void> | null>(null);
  // The draft also lives in a ref, updated at once, so that a save waiting for the service search reads the choice.
  const draftRef = useRef(draft);
  const updateDraft: Dispatch<SetStateAction<Draft>> = useCallback((next) => {
    draftRef.current = typeof next === 'function' ? next(draftRef.current) : next;
    setDraft(draftRef.current);
  }, []);

  // After the layout has moved the focus to <main> (it does so after each navigation), the search takes it.
  const focusSearch = useCallback(() => window.setTimeout(() => searchRef.current?.focus(), 0), []);
  const ready = Boolean(place.centreId) && !place.loading;
  useEffect(() => {
    if (ready) focusSearch();
  }, [ready, focusSearch]);

  const load = (next: Draft, e: unknown = null) => {
    updateDraft(next);
    setError(e);
    setFormRound((n) => n + 1);
    focusSearch();
  };
  const reset = (next: Draft = EMPTY_DRAFT) => {
    setEditing(null);
    setCorrecting(null);
    closeConflict();
    load(next);
  };
  // A run of similar contacts (say, a morning of e-mails) keeps its type and channel; the choice stays in this browser.
  const [keep, setKeep] = useState(() => localStorage.getItem(KEEP_KEY) === '1');
  const onKeep = (next: boolean) => {
    setKeep(next);
    try {
      localStorage.setItem(KEEP_KEY, next ? '1' : '0');
    } catch {
      // storage blocked: the choice lasts until the page is left
    }
  };

  // A correction goes over the version the list showed: a change by the head (or another tab) meanwhile opens the
  // conflict, with the user's draft kept in the form.
  const { conflict, guard, close: closeConflict } = useConflict<ContactOut, Draft>();
  const change = async (over: ContactOut, base: Draft, values: Draft): Promise<ContactOut | null> => {
    let changed: ContactOut | null = null;
    const write = async () => {
      changed = await client.PATCH('/api/v1/contacts/{id}', {
        params: { path: { id: over.id } },
        // Only what the employee changed (patchBody): the API checks the words it carries.
        body: patchBody(values, over) as ApiBody<'updateContact'>,
        ifMatch: over.version,
      });
    };
    await guard(base, values, write, () => client.GET('/api/v1/contacts/{id}', { params: { path: { id: over.id } } }));
    return changed;
  };
  const reapplyMine = async () => {
    if (!conflict) return;
    setBusy(true);
    setError(null);
    try {
      const theirs = conflict.theirs;
      setEditing(theirs);
      if (!(await change(theirs, draftOf(theirs), reapply(conflict.base, draftOf(theirs), conflict.mine)))) return;
      announce(m.conflict.reapplied);
      reset();
      refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const discardMine = () => {
    reset();
    refresh();
    announce(m.conflict.discarded);
  };

  // A ref, not the state: a second Enter pressed before the re-render must not register the contact twice.
  const saving = useRef(false);
  const submit = async () => {
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    setError(null);
    try {
      // Keys typed faster than the service search answered: save once the service is chosen.
      if (choosing.current) await choosing.current;
      const values = draftRef.current;
      if (editing) {
        const changed = await change(editing, draftOf(editing), values);
        if (!changed) return;
        announce(fill(c.changed, { what: describeContact(m, changed) }));
      } else {
        const services = values.service
          ? [{ id: values.service.id, identifier: values.service.identifier, name: values.service.name }]
          : [];
        const result = await outbox.register(createBody(values, place.centreId, place.pointId), services);
        if (result.kind === 'refused') {
          setError(result.error);
          return;
        }
        if (correcting) outbox.discard(correcting.key);
        if (result.kind === 'sent') {
          setLast(result.contact);
          announce(fill(c.saved, { what: describeContact(m, result.contact) }));
        } else if (result.kind === 'undone') {
          setLast(null);
          announce(fill(c.undoneMeanwhile, { what: describe(m, values.type, services) }));
        } else {
          setLast(null);
          announce(fill(c.queued, { what: describe(m, values.type, services) }));
        }
      }
      reset(editing ? EMPTY_DRAFT : nextDraft(values, keep));
      refresh();
    } catch (e) {
      setError(e);
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  const undo = async (contact: ContactOut) => {
    setBusyId(contact.id);
    setRowError(null);
    try {
      // Only the version the list showed: one changed meanwhile is not undone unseen (412; the list reloads to show it).
      await client.DELETE('/api/v1/contacts/{id}', { params: { path: { id: contact.id } }, ifMatch: contact.version });
      announce(fill(c.undone, { what: describeContact(m, contact) }));
      if (last?.id === contact.id) setLast(null);
      if (editing?.id === contact.id) reset();
      else focusSearch();
      refresh();
    } catch (e) {
      setRowError(e);
      if (isStale(e)) refresh();
    } finally {
      setBusyId(null);
    }
  };

  const edit = (contact: ContactOut) => {
    setEditing(contact);
    setCorrecting(null);
    load(draftOf(contact));
  };
  const correct = (item: Queued) => {
    setEditing(null);
    setCorrecting(item);
    const r = item.refusal;
    load(draftOfQueued(item), r ? new ApiError(r.status, r.code, r.title, r.errors) : null);
  };
  const discard = (item: Queued) => {
    outbox.discard(item.key);
    if (correcting?.key === item.key) reset();
    announce(fill(c.discarded, { what: describe(m, item.body.type, item.services) }));
  };

  if (!place.loading && place.centres.length === 0)
    return (
      <Page title={c.title}>
        <p>{c.noCentre}</p>
      </Page>
    );

  const lastWhat = last ? describeContact(m, last) : '';
  const formTitle = editing
    ? fill(c.editTitle, { time: timeOf(editing.occurredAt) })
    : correcting
      ? c.correctTitle
      : c.formTitle;
  return (
    <Page title={c.title} wide>
      <p>{c.intro}</p>
      <details className="counter-place">
        <summary>{fill(c.placeSummary, { centre: place.centreName, point: place.pointName })}</summary>
        <p className="muted small">{c.placeHint}</p>
        <div className="counter-place__fields">
          {place.centres.length > 1 && (
            <SelectField
              id="counter-centre"
              label={c.centre}
              value={place.centreId}
              onChange={place.setCentre}
              options={place.centres}
            />
          )}
          <SelectField
            id="counter-point"
            label={c.point}
            value={place.pointId}
            onChange={place.setPoint}
            options={place.points}
          />
        </div>
      </details>
      {place.loading && <p className="loading">{m.common.loading}</p>}
      {outbox.items.some((i) => !i.refusal) && <p className="alert alert--warning">{c.offline}</p>}
      {place.centreId && (
        <CounterWritten centreId={place.centreId} dashboard={dashboard} version={version} onAnswered={refresh} />
      )}
      <div className="counter">
        <section className="counter__form" aria-labelledby="counter-form-title">
          <h2 id="counter-form-title">{formTitle}</h2>
          {last && !editing && (
            <p className="counter-last">
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={busyId === last.id}
                onClick={() => void undo(last)}
              >
                {fill(c.undoLast, { what: lastWhat })}
              </button>
            </p>
          )}
          {conflict && (
            <CounterConflict
              conflict={conflict}
              busy={busy}
              onReapply={() => void reapplyMine()}
              onDiscard={discardMine}
            />
          )}
          {ready && (
            <CounterForm
              key={formRound}
              centreId={place.centreId}
              draft={draft}
              onDraft={updateDraft}
              keptClient={editing?.client?.identifier ?? null}
              editing={editing !== null}
              error={error}
              busy={busy}
              onSubmit={() => void submit()}
              onCancel={() => reset()}
              searchRef={searchRef}
              choosing={choosing}
              keep={keep}
              onKeep={onKeep}
            />
          )}
          <details className="counter-keys">
            <summary>{c.keysTitle}</summary>
            <ul>
              {Object.values(c.keys).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </details>
        </section>
        <CounterToday
          today={today}
          list={list}
          exportContacts={exportContacts}
          queued={outbox.items}
          onlyMine={onlyMine}
          onOnlyMine={setOnlyMine}
          range={range}
          onRange={setRange}
          onEdit={edit}
          onUndo={(contact) => void undo(contact)}
          onCorrect={correct}
          onDiscard={discard}
          onSendNow={outbox.flush}
          busyId={busyId}
          error={rowError}
        />
      </div>
    </Page>
  );
}
