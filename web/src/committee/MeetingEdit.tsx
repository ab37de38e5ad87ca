// CR-11: the ministry edits a planned meeting until it is held — its day and place, and each agenda item's title or
// the item taken off the agenda. Every change goes over the version the page read (If-Match): another person's change
// meanwhile opens the conflict (their version beside mine) for the day and place, and reloads the agenda for an item.
import { useEffect, useState, type FormEvent } from 'react';
import { client, fieldError, isStale } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { reapply } from '../shared/conflict.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { useConflict } from '../shared/useConflict.ts';
import type { MeetingDetail } from './MeetingForms.tsx';
import { useSubmit } from './use-submit.ts';

const formOf = (meeting: MeetingDetail) => ({ plannedOn: meeting.plannedOn, place: meeting.place });
type MeetingForm = ReturnType<typeof formOf>;
const load = (id: string) => client.GET('/api/v1/committee/meetings/{id}', { params: { path: { id } } });

/** CR-11: the planned meeting's day and place. */
export function MeetingEditForm({ meeting, onDone }: { meeting: MeetingDetail; onDone(text: string): void }) {
  const { m } = useI18n();
  const c = m.committee;
  const [form, setForm] = useState(() => formOf(meeting));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A saved change reloads the meeting: the form shows what was stored.
  useEffect(() => setForm(formOf(meeting)), [meeting]);
  const { conflict, guard, close } = useConflict<MeetingDetail, MeetingForm>();
  const fields = {
    '/plannedOn': { id: 'edit-planned', label: c.plannedOn },
    '/place': { id: 'edit-place', label: c.place },
  };
  const write = async (over: MeetingDetail, base: MeetingForm, values: MeetingForm, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const patch = () =>
        client.PATCH('/api/v1/committee/meetings/{id}', {
          params: { path: { id: over.id } },
          body: values,
          ifMatch: over.version,
        });
      if (await guard(base, values, patch, () => load(over.id))) onDone(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void write(meeting, formOf(meeting), form, c.meetingSaved);
  };
  const reapplyMine = () =>
    conflict &&
    void write(
      conflict.theirs,
      formOf(conflict.theirs),
      reapply(conflict.base, formOf(conflict.theirs), conflict.mine),
      m.conflict.reapplied,
    );
  const discardMine = () => {
    close();
    onDone(m.conflict.discarded);
  };
  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="edit-meeting">
      <h2 id="edit-meeting">{c.editMeeting}</h2>
      <p>{c.editMeetingHint}</p>
      <ErrorSummary error={error} fields={fields} />
      {conflict && (
        <Conflict
          id="meeting-conflict"
          base={conflict.base}
          theirs={formOf(conflict.theirs)}
          mine={conflict.mine}
          version={conflict.theirs.version}
          labelOf={(pointer) => fields[pointer as keyof typeof fields]?.label ?? pointer}
          busy={busy}
          onReapply={reapplyMine}
          onDiscard={discardMine}
        />
      )}
      <TextField
        id="edit-planned"
        label={c.plannedOn}
        type="date"
        value={form.plannedOn}
        onChange={(plannedOn) => setForm((f) => ({ ...f, plannedOn }))}
        error={fieldError(error, '/plannedOn')}
      />
      <TextField
        id="edit-place"
        label={c.place}
        value={form.place}
        onChange={(place) => setForm((f) => ({ ...f, place }))}
        error={fieldError(error, '/place')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {c.saveMeeting}
        </button>
      </div>
    </form>
  );
}

type Item = MeetingDetail['agenda'][number];

/** CR-10, CR-11: one agenda item of a planned meeting renamed, or taken off the agenda. */
export function AgendaItemEdit({
  meeting,
  item,
  onDone,
}: {
  meeting: MeetingDetail;
  item: Item;
  onDone(text: string): void;
}) {
  const { m } = useI18n();
  const c = m.committee;
  const [title, setTitle] = useState(item.title);
  useEffect(() => setTitle(item.title), [item.title]);
  const path = { params: { path: { id: meeting.id, itemId: item.id } }, ifMatch: meeting.version };
  // Another person's change meanwhile: the page reloads the meeting, and the refusal says why.
  const { error, run } = useSubmit(() => {});
  const attempt = (event: FormEvent, write: () => Promise<unknown>, done: string) =>
    run(event, async () => {
      try {
        await write();
        onDone(done);
      } catch (e) {
        if (isStale(e)) onDone(c.agendaChanged);
        throw e;
      }
    });
  const titleId = `item-title-${item.id}`;
  const rename = (event: FormEvent) =>
    attempt(
      event,
      () => client.PATCH('/api/v1/committee/meetings/{id}/agenda-items/{itemId}', { ...path, body: { title } }),
      c.itemSaved,
    );
  const remove = (event: FormEvent) =>
    attempt(
      event,
      () => client.DELETE('/api/v1/committee/meetings/{id}/agenda-items/{itemId}', path),
      fill(c.itemRemoved, { title: item.title }),
    );
  return (
    <form className="form" onSubmit={(e) => void rename(e)} aria-label={fill(c.editItem, { n: item.position })}>
      <TextField
        id={titleId}
        label={fill(c.itemTitleOf, { n: item.position })}
        value={title}
        onChange={setTitle}
        error={fieldError(error, '/title')}
      />
      <div className="actions">
        <button type="submit" className="button">
          {c.saveItem}
        </button>
        <button type="button" className="button button--danger" onClick={(e) => void remove(e)}>
          {fill(c.removeItem, { n: item.position })}
        </button>
      </div>
      <ErrorSummary
        error={error}
        fields={{ '/title': { id: titleId, label: fill(c.itemTitleOf, { n: item.position }) } }}
      />
    </form>
  );
}
