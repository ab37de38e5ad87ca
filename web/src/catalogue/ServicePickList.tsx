// Choosing several values from a long list from the keyboard (COFOG functions, municipalities): a select (type to
// jump) and an add button, and the chosen ones as a list, each with its own remove button.
import { useContext, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { Option } from '../shared/Field.tsx';
import { NoteList, NotesContext, useNotesId } from './ServiceFields.tsx';
import { idOf } from './ServiceFormModel.ts';

interface Props {
  pointer: string;
  label: string;
  hint?: string;
  options: Option[];
  chosen: string[];
  onChange(chosen: string[]): void;
  addLabel: string;
  /** "Noņemt {name}" */
  removeLabel: string;
  empty: string;
  disabled?: boolean;
}

export function PickList({
  pointer,
  label,
  hint,
  options,
  chosen,
  onChange,
  addLabel,
  removeLabel,
  empty,
  disabled,
}: Props) {
  const { m } = useI18n();
  const { errors } = useContext(NotesContext)(pointer);
  const notes = useNotesId(pointer);
  const [pick, setPick] = useState('');
  const id = idOf(pointer);
  const labelOf = new Map(options.map((o) => [o.value, o.label.trim()]));
  const described = [hint ? `${id}-hint` : '', notes ?? ''].filter(Boolean).join(' ') || undefined;
  const add = () => {
    if (pick && !chosen.includes(pick)) onChange([...chosen, pick]);
    setPick('');
  };
  return (
    <fieldset className={errors.length ? 'fieldset field--error' : 'fieldset'}>
      <legend>{label}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <NoteList pointer={pointer} />
      {chosen.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="chosen">
          {chosen.map((value) => (
            <li key={value}>
              <span>{labelOf.get(value) ?? value}</span>
              {!disabled && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onChange(chosen.filter((c) => c !== value))}
                >
                  {fill(removeLabel, { name: labelOf.get(value) ?? value })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className="search__row picker">
          <label htmlFor={id} className="visually-hidden">
            {fill(m.catalogue.editor.choose, { what: label })}
          </label>
          <select
            id={id}
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            aria-describedby={described}
            aria-invalid={errors.length ? true : undefined}
          >
            <option value="">{m.common.choose}</option>
            {options
              .filter((o) => !chosen.includes(o.value))
              .map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add} disabled={!pick}>
            {addLabel}
          </button>
        </div>
      )}
    </fieldset>
  );
}
