// The e-services list's filters: the status and the days the workflows were started, kept in the address.
import { useEffect, useState, type FormEvent } from 'react';
import { DateRangeFields } from '../shared/DateRangeFields.tsx';
import { SelectField } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';

export interface EserviceFilter {
  status: string;
  startedFrom: string;
  startedTo: string;
}

export const NO_ESERVICE_FILTER: EserviceFilter = { status: '', startedFrom: '', startedTo: '' };

const STATUSES = ['in_progress', 'completed', 'cancelled'] as const;

export function EserviceFilters({ value, onApply }: { value: EserviceFilter; onApply(next: EserviceFilter): void }) {
  const { m } = useI18n();
  const t = m.eservices;
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  // Back and forward change the filter in the address: show it in the form too.
  useEffect(() => setDraft(JSON.parse(key) as EserviceFilter), [key]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="eservice-filters-title">
      <h2 id="eservice-filters-title">{t.filters}</h2>
      <div className="filters__grid">
        <SelectField
          id="eservice-status"
          label={t.status}
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          placeholder={t.allStatuses}
          options={STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))}
        />
        <DateRangeFields
          id="eservice-started"
          value={{ from: draft.startedFrom, to: draft.startedTo }}
          labels={{ from: t.startedFrom, to: t.startedTo }}
          onChange={({ from, to }) => setDraft({ ...draft, startedFrom: from, startedTo: to })}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply(NO_ESERVICE_FILTER)}>
          {t.clear}
        </button>
      </div>
    </form>
  );
}
