// An organisation's contact persons: a table, and for its admin or a maintainer adding, changing and removing.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { reapply } from '../shared/conflict.ts';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useConflict } from '../shared/useConflict.ts';
import type { ContactPerson, Organisation } from './OrganisationForm.tsx';

type Draft = Record<'name' | 'position' | 'email' | 'phone', string>;
const empty: Draft = { name: '', position: '', email: '', phone: '' };
const draftOf = (c: ContactPerson): Draft => ({
  name: c.name,
  position: c.position ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
});
const bodyOf = (d: Draft) => ({
  name: d.name,
  position: d.position.trim() || null,
  email: d.email.trim() || null,
  phone: d.phone.trim() || null,
});

export function OrganisationContacts({
  organisation,
  editable,
  onChanged,
}: {
  organisation: Organisation;
  editable: boolean;
  onChanged(): void;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [editing, setEditing] = useState<ContactPerson | null>(null);
  const [draft, setDraft] = useState<Draft>(empty);
  const [error, setError] = useState<unknown>(null);
  const keys = ['name', 'position', 'email', 'phone'] as const;
  const fields: FieldMap = Object.fromEntries(
    keys.map((k) => [`/${k}`, { id: `contact-${k}`, label: m.directory.contact[k] }]),
  );
  // Changes and removals go over the version read; null as "mine": the user meant to remove the person.
  const { conflict, guard, close } = useConflict<ContactPerson, Draft | null>();
  const load = (id: string) => async () => {
    const now = await client.GET('/api/v1/organisations/{id}', { params: { path: { id: organisation.id } } });
    const found = now.contacts.find((c) => c.id === id);
    if (!found) throw new Error('contact person gone');
    return found;
  };
  /** A change (draft) or a removal (null) of a contact person as the user read it. */
  const write = (over: ContactPerson, baseDraft: Draft, mine: Draft | null) =>
    guard(
      baseDraft,
      mine,
      async () =>
        void (await (mine
          ? client.PATCH('/api/v1/organisations/{id}/contacts/{contactId}', {
              params: { path: { id: organisation.id, contactId: over.id } },
              body: bodyOf(mine),
              ifMatch: over.version,
            })
          : client.DELETE('/api/v1/organisations/{id}/contacts/{contactId}', {
              params: { path: { id: organisation.id, contactId: over.id } },
              ifMatch: over.version,
            }))),
      load(over.id),
    );

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      if ((await work()) === false) return;
      announce(message);
      setEditing(null);
      setDraft(empty);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        editing
          ? write(editing, draftOf(editing), draft)
          : client.POST('/api/v1/organisations/{id}/contacts', {
              params: { path: { id: organisation.id } },
              body: bodyOf(draft),
            }),
      m.directory.contactSaved,
    );
  };

  const edit = (c: ContactPerson) => {
    setEditing(c);
    setDraft({ name: c.name, position: c.position ?? '', email: c.email ?? '', phone: c.phone ?? '' });
    document.getElementById('contact-name')?.focus();
  };

  return (
    <section aria-labelledby="contacts-title" className="panel">
      <h2 id="contacts-title">{m.directory.contacts}</h2>
      {organisation.contacts.length === 0 ? (
        <p>{m.directory.noContacts}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{m.directory.contacts}</caption>
            <thead>
              <tr>
                {keys.map((k) => (
                  <th key={k} scope="col">
                    {m.directory.contact[k]}
                  </th>
                ))}
                {editable && <th scope="col">{m.directory.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {organisation.contacts.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{c.position ?? '—'}</td>
                  <td>{c.email ?? '—'}</td>
                  <td>{c.phone ?? '—'}</td>
                  {editable && (
                    <td className="nowrap">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={fill(m.directory.editContactOf, { name: c.name })}
                        onClick={() => edit(c)}
                      >
                        {m.directory.edit}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={fill(m.directory.removeContactOf, { name: c.name })}
                        onClick={() => void run(() => write(c, draftOf(c), null), m.directory.contactRemoved)}
                      >
                        {m.centres.remove}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conflict && (
        <Conflict
          id="contact-conflict"
          base={conflict.base}
          theirs={draftOf(conflict.theirs)}
          {...(conflict.mine ? { mine: conflict.mine } : {})}
          version={conflict.theirs.version}
          labelOf={(pointer) => m.directory.contact[pointer.slice(1) as keyof Draft] ?? pointer}
          onReapply={() => {
            const theirs = draftOf(conflict.theirs);
            const mine = conflict.mine ? reapply(conflict.base, theirs, conflict.mine) : null;
            void run(() => write(conflict.theirs, theirs, mine), m.conflict.reapplied);
          }}
          onDiscard={() => {
            close();
            setEditing(null);
            setDraft(empty);
            announce(m.conflict.discarded);
            onChanged();
          }}
        />
      )}
      {editable && (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="contact-form-title">
          <h3 id="contact-form-title">
            {editing ? fill(m.directory.editContactOf, { name: editing.name }) : m.directory.addContact}
          </h3>
          <ErrorSummary error={error} fields={fields} />
          {keys.map((k) => (
            <TextField
              key={k}
              id={`contact-${k}`}
              label={m.directory.contact[k]}
              value={draft[k]}
              onChange={(v) => setDraft((d) => ({ ...d, [k]: v }))}
              error={fieldError(error, `/${k}`)}
              optional={k !== 'name'}
              type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'}
            />
          ))}
          <div className="actions">
            <button type="submit" className="button">
              {editing ? m.centres.save : m.directory.addContact}
            </button>
            {editing && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setEditing(null);
                  setDraft(empty);
                }}
              >
                {m.common.cancel}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
