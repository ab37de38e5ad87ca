// The counter's registration form, built for the keyboard (CR-17.1, CR-17.2): the service type-ahead first, then the
// type and the channel as radio groups (arrows change them; Alt+1 … Alt+9 choose the type from anywhere), the
// outcome, and the optional client and note. Enter in any field saves, so information given in person about the
// chosen service is one keystroke: Enter.
import {
  useEffect,
  type Dispatch,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import { fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { withChannel, type Draft } from './drafts.ts';
import { AWAITING_REPLY, CHANNELS, CONTACT_TYPES, OUTCOMES, type Outcome } from './types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { CounterServiceSearch } from './CounterServiceSearch.tsx';

export const SEARCH_ID = 'counter-service';

interface Props {
  centreId: string;
  draft: Draft;
  onDraft: Dispatch<SetStateAction<Draft>>;
  /** Changing a contact: its client as shown (masked), if it has one. */
  keptClient: string | null;
  editing: boolean;
  error: unknown;
  busy: boolean;
  onSubmit(): void;
  onCancel(): void;
  searchRef: RefObject<HTMLInputElement | null>;
  choosing: RefObject<Promise<void> | null>;
  /** Keep the type and the channel after a registration, for a run of similar contacts. */
  keep: boolean;
  onKeep(keep: boolean): void;
}

function RadioGroup<T extends string>({
  name,
  legend,
  values,
  labels,
  value,
  onChange,
  shortcuts,
}: {
  name: string;
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(v: T): void;
  shortcuts?: boolean;
}) {
  const { m } = useI18n();
  return (
    <fieldset className="fieldset counter-radios">
      <legend>{legend}</legend>
      <div className="counter-radios__grid">
        {values.map((v, i) => (
          <label key={v} className="radio">
            <input
              type="radio"
              id={`${name}-${v}`}
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              aria-keyshortcuts={shortcuts ? `Alt+${i + 1}` : undefined}
            />
            <span>{labels[v]}</span>
            {shortcuts && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: kbd is not focusable; aria-keyshortcuts on the radio tells the key.
              <kbd className="counter-key" aria-hidden="true">
                {fill(m.counter.shortcut, { n: i + 1 })}
              </kbd>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CounterForm({
  centreId,
  draft,
  onDraft,
  keptClient,
  editing,
  error,
  busy,
  onSubmit,
  onCancel,
  searchRef,
  choosing,
  keep,
  onKeep,
}: Props) {
  const { m } = useI18n();
  const c = m.counter;
  // Updates of the latest draft: a service chosen when its matches arrive must not undo an Alt+2 pressed meanwhile.
  const set = (patch: Partial<Draft>) => onDraft((d) => ({ ...d, ...patch }));

  // Alt+1 … Alt+9 choose the type wherever the focus is on the page (event.code: the same on every layout).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (!digit || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const type = CONTACT_TYPES[Number(digit[1]) - 1];
      if (!type) return;
      event.preventDefault();
      onDraft((d) => ({ ...d, type }));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onDraft]);

  const fields: FieldMap = {
    '/serviceIds': { id: SEARCH_ID, label: c.service },
    '/serviceIds/0': { id: SEARCH_ID, label: c.service },
    '/type': { id: `counter-type-${draft.type}`, label: c.type },
    '/channel': { id: `counter-channel-${draft.channel}`, label: c.channel },
    '/outcome': { id: 'counter-outcome', label: c.outcome },
    '/client': { id: 'counter-client', label: c.client },
    '/client/personalCode': { id: 'counter-client', label: c.client },
    '/client/regNo': { id: 'counter-client', label: c.client },
    '/note': { id: 'counter-note', label: c.note },
    '/centreId': { id: 'counter-centre', label: c.centre },
    '/servicePointId': { id: 'counter-point', label: c.point },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  // Enter on a radio button, a checkbox or a list saves too (text fields submit by themselves).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.shiftKey) return;
    const target = event.target;
    if (
      (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) ||
      target instanceof HTMLSelectElement
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const clientError =
    fieldError(error, '/client/personalCode') ?? fieldError(error, '/client/regNo') ?? fieldError(error, '/client');
  return (
    <form
      className="form counter-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="counter-form-title"
    >
      <ErrorSummary error={error} fields={fields} />
      <CounterServiceSearch
        id={SEARCH_ID}
        centreId={centreId}
        value={draft.service}
        onChange={(service) => set({ service })}
        error={fieldError(error, '/serviceIds') ?? fieldError(error, '/serviceIds/0')}
        inputRef={searchRef}
        choosing={choosing}
      />
      <RadioGroup
        name="counter-type"
        legend={c.type}
        values={CONTACT_TYPES}
        labels={c.types}
        value={draft.type}
        onChange={(type) => set({ type })}
        shortcuts
      />
      <RadioGroup
        name="counter-channel"
        legend={c.channel}
        values={CHANNELS}
        labels={c.channels}
        value={draft.channel}
        onChange={(channel) => onDraft((d) => withChannel(d, channel))}
      />
      {draft.outcome === AWAITING_REPLY ? (
        // DR-25.1.7.3: a written contact awaits its reply until the answer is registered; there is nothing to choose.
        <div className="field">
          <p className="counter-outcome-fixed" id="counter-outcome">
            <strong>{c.outcome}:</strong> {c.outcomes.awaiting_reply}
          </p>
          <p className="field__hint">{c.outcomeAwaiting}</p>
        </div>
      ) : (
        <SelectField
          id="counter-outcome"
          label={c.outcome}
          value={draft.outcome}
          onChange={(outcome) => set({ outcome: outcome as Outcome })}
          options={OUTCOMES.filter((o) => o !== AWAITING_REPLY).map((o) => ({ value: o, label: c.outcomes[o] }))}
          error={fieldError(error, '/outcome')}
        />
      )}
      <TextField
        id="counter-client"
        label={c.client}
        hint={keptClient ? `${c.clientHint} ${fill(c.clientKept, { code: keptClient })}` : c.clientHint}
        value={draft.client}
        onChange={(client) => set({ client })}
        autoComplete="off"
        inputMode="numeric"
        maxLength={12}
        optional
        error={clientError}
      />
      {keptClient && (
        <div className="checkbox">
          <input
            type="checkbox"
            id="counter-client-remove"
            checked={draft.removeClient}
            onChange={(e) => set({ removeClient: e.target.checked })}
          />
          <label htmlFor="counter-client-remove">{c.clientRemove}</label>
        </div>
      )}
      <TextField
        id="counter-note"
        label={c.note}
        value={draft.note}
        onChange={(note) => set({ note })}
        autoComplete="off"
        maxLength={1000}
        optional
        error={fieldError(error, '/note')}
      />
      {/* After the fields, so that Tab from the search still reaches type, channel, outcome, client and note in turn. */}
      {!editing && (
        <div className="checkbox">
          <input type="checkbox" id="counter-keep" checked={keep} onChange={(e) => onKeep(e.target.checked)} />
          <label htmlFor="counter-keep">{c.keep}</label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy} aria-keyshortcuts="Enter">
          {busy ? c.busy : editing ? c.saveChanges : c.save}
        </button>
        {editing && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {c.cancelEdit}
          </button>
        )}
      </div>
    </form>
  );
}
