// Labelled form fields with an optional hint and an error under the label, both tied to the input with
// aria-describedby, the way screen readers and WCAG 3.3.1/3.3.2 expect.
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useI18n } from '../i18n/context.tsx';

interface ShellProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean | undefined;
}

interface ControlAttrs {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

function Shell({
  id,
  label,
  error,
  hint,
  optional,
  children,
}: ShellProps & { children: (attrs: ControlAttrs) => ReactNode }) {
  const { m } = useI18n();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attrs: ControlAttrs = { id };
  if (describedBy) attrs['aria-describedby'] = describedBy;
  if (error) attrs['aria-invalid'] = true;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {m.common.optional}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {error}
        </p>
      )}
      {children(attrs)}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export function TextField({
  id,
  label,
  error,
  hint,
  optional,
  value,
  onChange,
  ...input
}: ShellProps & InputProps & { value: string; onChange(value: string): void }) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} optional={optional}>
      {(attrs) => <input {...input} {...attrs} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Shell>
  );
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

export function TextAreaField({
  id,
  label,
  error,
  hint,
  optional,
  value,
  onChange,
  rows,
  ...area
}: ShellProps & AreaProps & { value: string; onChange(value: string): void }) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} optional={optional}>
      {(attrs) => (
        <textarea {...area} {...attrs} rows={rows ?? 4} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  id,
  label,
  error,
  hint,
  optional,
  value,
  onChange,
  options,
  placeholder,
  disabled,
}: ShellProps & {
  value: string;
  onChange(value: string): void;
  options: Option[];
  placeholder?: string;
  disabled?: boolean;
}) {
  return (
    <Shell id={id} label={label} error={error} hint={hint} optional={optional}>
      {(attrs) => (
        <select {...attrs} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
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

/** The ids and labels of a form's fields by JSON pointer, for the error summary's links. */
export type FieldMap = Record<string, { id: string; label: string }>;
