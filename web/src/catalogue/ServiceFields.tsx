// The service editor's inputs. Each names its JSON pointer; under its label it shows the API's error for it and
// the quality findings (SR-13) that point at it, severity said in words, all tied to the input with
// aria-describedby. Latvian and English sit side by side in one group (lv required, en checked by SR-13).
import { createContext, useContext, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import type { Finding } from './CatalogueShared.tsx';
import { idOf, type Pair } from './ServiceFormModel.ts';

export interface Notes {
  errors: string[];
  findings: Finding[];
}

/** Messages by the pointer of the input they are shown at. */
export const NotesContext = createContext<(pointer: string) => Notes>(() => ({ errors: [], findings: [] }));

interface ShellProps {
  pointer: string;
  label: ReactNode;
  hint?: string | undefined;
  optional?: boolean | undefined;
}

interface Attrs {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function FindingText({ finding }: { finding: Finding }) {
  const { m } = useI18n();
  return (
    <>
      <strong>{m.catalogue.severity[finding.severity]}:</strong> {finding.message}
    </>
  );
}

function Shell({ pointer, label, hint, optional, children }: ShellProps & { children(attrs: Attrs): ReactNode }) {
  const { m } = useI18n();
  const { errors, findings } = useContext(NotesContext)(pointer);
  const id = idOf(pointer);
  const described = [
    hint ? `${id}-hint` : '',
    errors.length ? `${id}-error` : '',
    findings.length ? `${id}-findings` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const attrs: Attrs = { id };
  if (described) attrs['aria-describedby'] = described;
  if (errors.length) attrs['aria-invalid'] = true;
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {m.common.optional}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {errors.join(' ')}
        </p>
      )}
      {findings.length > 0 && (
        <ul className="findings" id={`${id}-findings`}>
          {findings.map((f) => (
            <li key={f.check + f.code} className={`finding finding--${f.severity}`}>
              <FindingText finding={f} />
            </li>
          ))}
        </ul>
      )}
      {children(attrs)}
    </div>
  );
}

interface TextProps extends ShellProps {
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  type?: string;
  inputMode?: 'decimal' | 'numeric' | 'email' | 'tel' | 'url' | 'text';
  lang?: string;
}

export function TextInput({ value, onChange, multiline, type, inputMode, lang, ...shell }: TextProps) {
  return (
    <Shell {...shell}>
      {(attrs) =>
        multiline ? (
          <textarea {...attrs} lang={lang} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...attrs}
            lang={lang}
            type={type ?? 'text'}
            inputMode={inputMode}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Shell>
  );
}

/** One text in Latvian and English side by side; the group's name is read with each ("Nosaukums, latviski"). */
export function PairInput({
  pointer,
  label,
  value,
  onChange,
  multiline,
  hint,
  optional,
}: {
  pointer: string;
  label: string;
  value: Pair;
  onChange(value: Pair): void;
  multiline?: boolean;
  hint?: string;
  optional?: boolean;
}) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const side = (lang: 'lv' | 'en') => (
    <TextInput
      pointer={`${pointer}/${lang}`}
      label={
        <>
          <span className="visually-hidden">{label}, </span>
          {e.langs[lang]}
        </>
      }
      optional={lang === 'en' || optional}
      lang={lang}
      multiline={multiline}
      value={value[lang]}
      onChange={(text) => onChange({ ...value, [lang]: text })}
    />
  );
  return (
    <fieldset className="fieldset lang-pair-group">
      <legend>{label}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="lang-pair">
        {side('lv')}
        {side('en')}
      </div>
    </fieldset>
  );
}

export function SelectInput({
  value,
  onChange,
  options,
  placeholder,
  ...shell
}: ShellProps & {
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  placeholder?: string;
}) {
  return (
    <Shell {...shell}>
      {(attrs) => (
        <select {...attrs} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}

/** The errors and findings of a pointer that has no single input (a checkbox, a list, a group), under its name. */
export function NoteList({ pointer }: { pointer: string }) {
  const { m } = useI18n();
  const { errors, findings } = useContext(NotesContext)(pointer);
  if (!errors.length && !findings.length) return null;
  return (
    <ul className="findings" id={`${idOf(pointer)}-notes`}>
      {errors.map((text) => (
        <li key={text} className="field__error">
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {text}
        </li>
      ))}
      {findings.map((f) => (
        <li key={f.check + f.code} className={`finding finding--${f.severity}`}>
          <FindingText finding={f} />
        </li>
      ))}
    </ul>
  );
}

/** The id of a pointer's NoteList when it shows something, for aria-describedby. */
export function useNotesId(pointer: string): string | undefined {
  const { errors, findings } = useContext(NotesContext)(pointer);
  return errors.length || findings.length ? `${idOf(pointer)}-notes` : undefined;
}

export function CheckInput({
  pointer,
  label,
  checked,
  onChange,
}: {
  pointer: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = idOf(pointer);
  const notes = useNotesId(pointer);
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={notes}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <NoteList pointer={pointer} />
    </div>
  );
}
