// The centre's own facts: name, kind, place, head of centre (CR-20.3) and contacts (DR-20.1). A maintainer or the
// municipality's admin change them all; the head of centre only the contacts; others read.
import { useEffect, useState, type FormEvent } from 'react';
import { api, fieldError, withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../components/Field.tsx';
import { useStatus } from '../components/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { List, UserOut } from '../types.ts';
import { useApi } from '../useApi.ts';
import { ChannelList } from './CentreChannels.tsx';
import { CENTRE_KINDS, type CentreDetail } from './CentreShared.tsx';

const orNull = (value: string) => value.trim() || null;

export function CentreDetailsForm({ centre, onSaved }: { centre: CentreDetail; onSaved(): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const details = centre.rights.includes('edit_details');
  const contacts = centre.rights.includes('edit_contacts');
  const users = useApi<List<UserOut>>(details ? withQuery('/api/v1/users', { organisationId: centre.municipality.id, limit: 200 }) : null);
  const initial = () => ({
    name: centre.name,
    kind: centre.kind ?? '',
    placeName: centre.placeName ?? '',
    placeLevel: centre.placeLevel ?? '',
    headUserId: centre.head?.id ?? '',
    email: centre.email ?? '',
    phone: centre.phone ?? '',
    eAddress: centre.eAddress ?? '',
    website: centre.website ?? '',
  });
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A saved change reloads the centre: the form shows what was stored.
  useEffect(() => setForm(initial()), [centre]);
  const set = (key: keyof ReturnType<typeof initial>) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const fields: FieldMap = Object.fromEntries(
    (['name', 'kind', 'placeName', 'placeLevel', 'headUserId', 'email', 'phone', 'eAddress', 'website'] as const).map((k) => [`/${k}`, { id: `centre-${k}`, label: m.centres.fields[k] }]),
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: Record<string, unknown> = { email: orNull(form.email), phone: orNull(form.phone), eAddress: orNull(form.eAddress), website: orNull(form.website) };
    if (details) {
      Object.assign(body, { name: form.name.trim(), kind: form.kind || null, placeName: orNull(form.placeName), placeLevel: form.placeLevel || null, headUserId: form.headUserId || null });
    }
    try {
      await api.patch(`/api/v1/centres/${centre.id}`, body);
      announce(m.centres.saved);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const kindOptions = CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.kinds[k] }));
  const levelOptions = CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.levels[k] }));
  const text = (key: 'name' | 'placeName' | 'email' | 'phone' | 'eAddress' | 'website', extra: { type?: string; optional?: boolean } = {}) => (
    <TextField id={`centre-${key}`} label={m.centres.fields[key]} value={form[key]} onChange={set(key)} error={fieldError(error, `/${key}`)} type={extra.type ?? 'text'} optional={extra.optional} />
  );

  return (
    <section aria-labelledby="centre-details-title">
      <h2 id="centre-details-title">{m.centres.details}</h2>
      {!details && (
        <dl className="details">
          <dt>{m.centres.fields.kind}</dt>
          <dd>{centre.kind ? m.centres.kinds[centre.kind] : '—'}</dd>
          <dt>{m.centres.fields.placeName}</dt>
          <dd>{[centre.placeName, centre.placeLevel ? m.centres.levels[centre.placeLevel] : null].filter(Boolean).join(' · ') || '—'}</dd>
          <dt>{m.centres.fields.headUserId}</dt>
          <dd>{centre.head?.name ?? '—'}</dd>
        </dl>
      )}
      {!details && !contacts && <ChannelList channels={centre} />}
      {(details || contacts) && (
        <form className="form" onSubmit={save} noValidate>
          <ErrorSummary error={error} fields={fields} />
          {details && (
            <>
              {text('name')}
              <SelectField id="centre-kind" label={m.centres.fields.kind} value={form.kind} onChange={set('kind')} options={kindOptions} placeholder={m.common.choose} error={fieldError(error, '/kind')} />
              {text('placeName', { optional: true })}
              <SelectField id="centre-placeLevel" label={m.centres.fields.placeLevel} hint={m.centres.placeLevelHint} value={form.placeLevel} onChange={set('placeLevel')} options={levelOptions} placeholder={m.common.choose} error={fieldError(error, '/placeLevel')} />
              <SelectField
                id="centre-headUserId"
                label={m.centres.fields.headUserId}
                value={form.headUserId}
                onChange={set('headUserId')}
                options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                placeholder={m.centres.noHead}
                error={fieldError(error, '/headUserId')}
                optional
              />
            </>
          )}
          {text('phone', { type: 'tel', optional: true })}
          {text('email', { type: 'email', optional: true })}
          {text('eAddress', { optional: true })}
          {text('website', { type: 'url', optional: true })}
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {m.centres.save}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
