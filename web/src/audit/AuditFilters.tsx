// The audit log's filters: a period, an action, an entity type and who acted.
import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { TextField } from '../shared/Field.tsx';

export interface AuditFilter {
  from: string;
  to: string;
  action: string;
  entityType: string;
  actor: string;
}

const EMPTY: AuditFilter = { from: '', to: '', action: '', entityType: '', actor: '' };

export function AuditFilters({ value, onApply }: { value: AuditFilter; onApply(next: AuditFilter): void }) {
  const { m } = useI18n();
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  // Back/forward changes the filter in the address: show it in the form too.
  useEffect(() => setDraft(JSON.parse(key) as AuditFilter), [key]);
  const set = (patch: Partial<AuditFilter>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, action: draft.action.trim(), entityType: draft.entityType.trim(), actor: draft.actor.trim() });
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="filters-title">
      <h2 id="filters-title">{m.audit.filters}</h2>
      <div className="filters__grid">
        <TextField
          id="audit-from"
          label={m.audit.from}
          type="date"
          optional
          value={draft.from}
          onChange={(from) => set({ from })}
        />
        <TextField
          id="audit-to"
          label={m.audit.to}
          type="date"
          optional
          value={draft.to}
          onChange={(to) => set({ to })}
        />
        <TextField
          id="audit-action"
          label={m.audit.action}
          hint={m.audit.actionHint}
          optional
          value={draft.action}
          onChange={(action) => set({ action })}
        />
        <TextField
          id="audit-entity"
          label={m.audit.entityType}
          hint={m.audit.entityTypeHint}
          optional
          value={draft.entityType}
          onChange={(entityType) => set({ entityType })}
        />
        <TextField
          id="audit-actor"
          label={m.audit.actor}
          optional
          value={draft.actor}
          onChange={(actor) => set({ actor })}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {m.audit.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply(EMPTY)}>
          {m.audit.clear}
        </button>
      </div>
    </form>
  );
}
