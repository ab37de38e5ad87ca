// Adding a centre to a municipality: it starts as planned and opens with the lifecycle's first step.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navigate } from '../app/router.tsx';
import { CENTRE_KINDS, type CentreKind } from './CentreShared.tsx';

export function CentreNewForm({ municipalityId }: { municipalityId: string }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [placeName, setPlaceName] = useState('');
  const [placeLevel, setPlaceLevel] = useState('');
  const [error, setError] = useState<unknown>(null);
  const fields: FieldMap = {
    '/name': { id: 'new-centre-name', label: m.centres.fields.name },
    '/kind': { id: 'new-centre-kind', label: m.centres.fields.kind },
    '/placeName': { id: 'new-centre-place', label: m.centres.fields.placeName },
    '/placeLevel': { id: 'new-centre-level', label: m.centres.fields.placeLevel },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await client.POST('/api/v1/centres', {
        body: {
          municipalityId,
          name,
          kind: (kind || null) as CentreKind | null,
          placeName: placeName.trim() || null,
          placeLevel: (placeLevel || null) as CentreKind | null,
        },
      });
      announce(fill(m.centres.created, { name: created.name }), { keepOnNavigation: true });
      navigate(`/centres/${created.id}/edit`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="new-centre-title">
      <h3 id="new-centre-title">{m.centres.addCentre}</h3>
      <ErrorSummary error={error} fields={fields} />
      <TextField
        id="new-centre-name"
        label={m.centres.fields.name}
        value={name}
        onChange={setName}
        error={fieldError(error, '/name')}
      />
      <SelectField
        id="new-centre-kind"
        label={m.centres.fields.kind}
        value={kind}
        onChange={setKind}
        options={CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.kinds[k] }))}
        placeholder={m.common.choose}
        error={fieldError(error, '/kind')}
      />
      <TextField
        id="new-centre-place"
        label={m.centres.fields.placeName}
        value={placeName}
        onChange={setPlaceName}
        optional
      />
      <SelectField
        id="new-centre-level"
        label={m.centres.fields.placeLevel}
        value={placeLevel}
        onChange={setPlaceLevel}
        options={CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.levels[k] }))}
        placeholder={m.common.choose}
        optional
      />
      <div className="actions">
        <button type="submit" className="button">
          {m.centres.addCentre}
        </button>
      </div>
    </form>
  );
}
