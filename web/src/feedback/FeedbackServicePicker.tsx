// Finding a published catalogue service by typing part of its name or identifier (diacritics ignored by the API),
// then choosing it from the matches; the chosen one stays listed while the search changes.
import { useState } from 'react';
import { SelectField, TextField } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import type { ServiceOption } from './FeedbackShared.tsx';

interface Props {
  id: string;
  label: string;
  value: ServiceOption | undefined;
  onChange(service: ServiceOption | undefined): void;
  error?: string | undefined;
}

export function ServicePicker({ id, label, value, onChange, error }: Props) {
  const { m } = useI18n();
  const f = m.feedback;
  const [search, setSearch] = useState('');
  const services = useGet('/api/v1/services', {
    params: { query: { status: 'published', q: search.trim(), limit: 50 } },
  });
  const found = services.data?.items ?? [];
  const options = (value && !found.some((s) => s.id === value.id) ? [value, ...found] : found).map((s) => ({
    value: s.id,
    label: `${s.identifier} ${s.nameLv} — ${s.holder.name}`,
  }));
  const pick = (chosen: string) =>
    onChange(chosen ? (found.find((s) => s.id === chosen) ?? (value?.id === chosen ? value : undefined)) : undefined);
  return (
    <>
      <TextField
        id={`${id}-search`}
        label={f.fields.serviceSearch}
        hint={f.hints.serviceSearch}
        type="search"
        value={search}
        onChange={setSearch}
        optional
      />
      {services.data && (
        <p className="muted small" aria-live="polite">
          {fill(f.servicesFound, { total: services.data.total })}
        </p>
      )}
      <SelectField
        id={id}
        label={label}
        value={value?.id ?? ''}
        onChange={pick}
        options={options}
        placeholder={f.noServiceOption}
        error={error}
        optional
      />
    </>
  );
}
