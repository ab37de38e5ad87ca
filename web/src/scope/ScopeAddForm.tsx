// Adding a service to a centre's scope (CR-7.2, CR-7.3): find it in the public catalogue, choose the basis and the
// period. The server refuses a basket service, an unpublished one, another holder's as the municipality's own and
// overlapping periods, naming the field.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';

export function ScopeAddForm({ centreId, onAdded }: { centreId: string; onAdded(): void }) {
  const { m, lang } = useI18n();
  const s = m.scope;
  const { announce } = useStatus();
  const [q, setQ] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [basis, setBasis] = useState<'CR-7.2' | 'CR-7.3'>('CR-7.3');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const found = useGet('/api/v1/public/services', { params: { query: { q: q.trim() || undefined, limit: 50 } } });
  const fields: FieldMap = {
    '/serviceId': { id: 'scope-service', label: s.pick },
    '/basis': { id: 'scope-basis', label: s.basisLabel },
    '/validFrom': { id: 'scope-from', label: s.validFrom },
    '/validUntil': { id: 'scope-until', label: s.validUntil },
    '/note': { id: 'scope-note', label: s.noteLabel },
  };
  const options = (found.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.identifier} ${(lang === 'en' && o.name.en) || o.name.lv} — ${o.holder.name}`,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.POST('/api/v1/centres/{id}/scope', {
        params: { path: { id: centreId } },
        body: { serviceId, basis, validFrom, validUntil: validUntil || null, note: note.trim() || null },
      });
      announce(s.added);
      setServiceId('');
      setValidUntil('');
      setNote('');
      onAdded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="scope-add-title">
      <h2 id="scope-add-title">{s.addTitle}</h2>
      <ErrorSummary error={error} fields={fields} />
      <TextField
        id="scope-search"
        label={s.search}
        hint={s.searchHint}
        type="search"
        value={q}
        onChange={setQ}
        optional
      />
      <SelectField
        id="scope-service"
        label={s.pick}
        value={serviceId}
        onChange={setServiceId}
        options={options}
        placeholder={m.common.choose}
        error={fieldError(error, '/serviceId')}
      />
      <SelectField
        id="scope-basis"
        label={s.basisLabel}
        value={basis}
        onChange={(v) => setBasis(v === 'CR-7.2' ? 'CR-7.2' : 'CR-7.3')}
        options={[
          { value: 'CR-7.2', label: s.basisMunicipalOption },
          { value: 'CR-7.3', label: s.basisOtherOption },
        ]}
        error={fieldError(error, '/basis')}
      />
      <TextField
        id="scope-from"
        label={s.validFrom}
        type="date"
        value={validFrom}
        onChange={setValidFrom}
        error={fieldError(error, '/validFrom')}
      />
      <TextField
        id="scope-until"
        label={s.validUntil}
        hint={s.validUntilHint}
        type="date"
        value={validUntil}
        onChange={setValidUntil}
        error={fieldError(error, '/validUntil')}
        optional
      />
      <TextAreaField
        id="scope-note"
        label={s.noteLabel}
        value={note}
        onChange={setNote}
        rows={2}
        error={fieldError(error, '/note')}
        optional
      />
      <div className="actions">
        <button type="submit" className="button">
          {s.add}
        </button>
      </div>
    </form>
  );
}
