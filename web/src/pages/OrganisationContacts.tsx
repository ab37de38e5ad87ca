// An organisation's contact persons: a table, and for its admin or a maintainer adding, changing and removing.
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../components/Field.tsx';
import { useStatus } from '../components/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { ContactPerson, Organisation } from './OrganisationForm.tsx';

type Draft = Record<'name' | 'position' | 'email' | 'phone', string>;
const empty: Draft = { name: '', position: '', email: '', phone: '' };

export function OrganisationContacts({ organisation, editable, onChanged }: { organisation: Organisation; editable: boolean; onChanged(): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [editing, setEditing] = useState<ContactPerson | null>(null);
  const [draft, setDraft] = useState<Draft>(empty);
  const [error, setError] = useState<unknown>(null);
  const keys = ['name', 'position', 'email', 'phone'] as const;
  const fields: FieldMap = Object.fromEntries(keys.map((k) => [`/${k}`, { id: `contact-${k}`, label: m.directory.contact[k] }]));
  const base = `/api/v1/organisations/${organisation.id}/contacts`;

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await work();
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
    const body = { name: draft.name, position: draft.position.trim() || null, email: draft.email.trim() || null, phone: draft.phone.trim() || null };
    void run(() => (editing ? api.patch(`${base}/${editing.id}`, body) : api.post(base, body)), m.directory.contactSaved);
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
                      <button type="button" className="button button--secondary button--small" aria-label={fill(m.directory.editContactOf, { name: c.name })} onClick={() => edit(c)}>
                        {m.directory.edit}
                      </button>{' '}
                      <button type="button" className="button button--secondary button--small" aria-label={fill(m.directory.removeContactOf, { name: c.name })} onClick={() => void run(() => api.delete(`${base}/${c.id}`), m.directory.contactRemoved)}>
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
      {editable && (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="contact-form-title">
          <h3 id="contact-form-title">{editing ? fill(m.directory.editContactOf, { name: editing.name }) : m.directory.addContact}</h3>
          <ErrorSummary error={error} fields={fields} />
          {keys.map((k) => (
            <TextField key={k} id={`contact-${k}`} label={m.directory.contact[k]} value={draft[k]} onChange={(v) => setDraft((d) => ({ ...d, [k]: v }))} error={fieldError(error, `/${k}`)} optional={k !== 'name'} type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'} />
          ))}
          <div className="actions">
            <button type="submit" className="button">
              {editing ? m.centres.save : m.directory.addContact}
            </button>
            {editing && (
              <button type="button" className="button button--secondary" onClick={() => { setEditing(null); setDraft(empty); }}>
                {m.common.cancel}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
