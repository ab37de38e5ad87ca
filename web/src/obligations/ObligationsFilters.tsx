// The obligations dashboard's filters: a rule, an organisation (when the caller sees more than one), a status, how
// the fulfilled ones were closed, and the due dates' range.
import { useEffect, useState, type FormEvent } from 'react';
import { DateRangeFields } from '../shared/DateRangeFields.tsx';
import { SelectField, type Option } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { ObligationFilter } from './ObligationsTypes.ts';

export const EMPTY_FILTER: ObligationFilter = {
  rule: '',
  organisationId: '',
  status: '',
  closedBy: '',
  dueFrom: '',
  dueTo: '',
};

const STATUSES = ['all', 'open', 'overdue', 'fulfilled_on_time', 'fulfilled_late', 'cancelled'] as const;

interface Props {
  value: ObligationFilter;
  rules: Option[];
  organisations: Option[];
  onApply(next: ObligationFilter): void;
}

export function ObligationsFilters({ value, rules, organisations, onApply }: Props) {
  const { m } = useI18n();
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  // Back/forward and the summary's links change the filter in the address: show it in the form too.
  useEffect(() => setDraft(JSON.parse(key) as ObligationFilter), [key]);
  const set = (patch: Partial<ObligationFilter>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const closers: Option[] = (['action', 'record'] as const).map((c) => ({
    value: c,
    label: m.obligations.closedByCol[c],
  }));
  const statuses: Option[] = STATUSES.map((s) => ({ value: s, label: m.obligations.statusFilter[s] }));
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="obligation-filters-title">
      <h2 id="obligation-filters-title">{m.obligations.filters}</h2>
      <div className="filters__grid">
        <SelectField
          id="obligation-rule"
          label={m.obligations.rule}
          value={draft.rule}
          onChange={(rule) => set({ rule })}
          options={rules}
          placeholder={m.obligations.allRules}
        />
        {organisations.length > 1 && (
          <SelectField
            id="obligation-organisation"
            label={m.obligations.organisation}
            value={draft.organisationId}
            onChange={(organisationId) => set({ organisationId })}
            options={organisations}
            placeholder={m.obligations.allOrganisations}
          />
        )}
        <SelectField
          id="obligation-status"
          label={m.obligations.status}
          value={draft.status}
          onChange={(status) => set({ status })}
          options={statuses}
          placeholder={m.obligations.statusFilter.outstanding}
        />
        <SelectField
          id="obligation-closed-by"
          label={m.obligations.closedByHeader}
          value={draft.closedBy}
          onChange={(closedBy) => set({ closedBy })}
          options={closers}
          placeholder={m.obligations.closedByAll}
        />
        <DateRangeFields
          id="obligation-due"
          value={{ from: draft.dueFrom, to: draft.dueTo }}
          labels={{ from: m.obligations.dueFrom, to: m.obligations.dueTo }}
          onChange={({ from, to }) => set({ dueFrom: from, dueTo: to })}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {m.obligations.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply(EMPTY_FILTER)}>
          {m.obligations.clear}
        </button>
      </div>
    </form>
  );
}
