// SR-21.1, SR-21.2: the holder enters the applications, delays and complaints of its own channels for a service and
// a period of the year (its systems push the same through the API). Entered again for the same service, channel and
// period, the counts are replaced.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';

const CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
type Channel = (typeof CHANNELS)[number];

export function OwnCounts({ holderId, year, onSaved }: { holderId: string; year: number; onSaved(): void }) {
  const { m } = useI18n();
  const t = m.indicators;
  const { announce } = useStatus();
  const [v, setV] = useState({
    serviceIdentifier: '',
    channel: 'electronic' as Channel,
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    applications: '0',
    delayed: '0',
    complaints: '0',
  });
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const at = (f: string) => `/items/0/${f}`;
  const fields: FieldMap = {
    [at('serviceIdentifier')]: { id: 'own-service', label: t.identifier },
    [at('periodTo')]: { id: 'own-to', label: t.periodTo },
    [at('delayed')]: { id: 'own-delayed', label: t.delayed },
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.POST('/api/v1/indicators/channel-counts', {
        body: {
          holderId,
          items: [
            {
              serviceIdentifier: v.serviceIdentifier.trim(),
              channel: v.channel,
              periodFrom: v.periodFrom,
              periodTo: v.periodTo,
              applications: Number(v.applications),
              delayed: Number(v.delayed),
              complaints: Number(v.complaints),
            },
          ],
        },
      });
      announce(t.ownSaved);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };

  const number = (key: 'applications' | 'delayed' | 'complaints', id: string) => (
    <TextField
      id={id}
      label={t[key]}
      type="number"
      min={0}
      inputMode="numeric"
      value={v[key]}
      onChange={set(key)}
      error={fieldError(error, at(key))}
    />
  );

  return (
    <section aria-labelledby="own-title">
      <h2 id="own-title">{t.ownTitle}</h2>
      <p>{t.ownIntro}</p>
      <form className="form" onSubmit={save} noValidate aria-labelledby="own-title">
        <ErrorSummary error={error} fields={fields} />
        <TextField
          id="own-service"
          label={t.identifier}
          hint="PK-000123"
          value={v.serviceIdentifier}
          onChange={set('serviceIdentifier')}
          error={fieldError(error, at('serviceIdentifier'))}
        />
        <SelectField
          id="own-channel"
          label={t.channel}
          value={v.channel}
          onChange={set('channel')}
          options={CHANNELS.map((c) => ({ value: c, label: t.channels[c] }))}
        />
        <TextField id="own-from" label={t.periodFrom} type="date" value={v.periodFrom} onChange={set('periodFrom')} />
        <TextField
          id="own-to"
          label={t.periodTo}
          type="date"
          value={v.periodTo}
          onChange={set('periodTo')}
          error={fieldError(error, at('periodTo'))}
        />
        {number('applications', 'own-applications')}
        {number('delayed', 'own-delayed')}
        {number('complaints', 'own-complaints')}
        <button type="submit" className="button">
          {t.ownSave}
        </button>
      </form>
    </section>
  );
}
