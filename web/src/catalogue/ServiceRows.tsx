// A list of like rows in the service editor (fees, documents, forms, legal acts): each row is a group with its own
// name ("Maksa 2") and a button to remove it; adding a row moves the focus into it, removing one moves it to the
// add button, so keyboard and screen-reader users never lose their place.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { fill } from '../i18n/messages.ts';
import { NoteList } from './ServiceFields.tsx';
import { idOf } from './ServiceFormModel.ts';

interface Props<T> {
  /** The list's pointer, e.g. "/fees". */
  pointer: string;
  title: string;
  /** "Maksa {n}" */
  itemTitle: string;
  addLabel: string;
  /** "Noņemt maksu {n}" */
  removeLabel: string;
  empty: string;
  rows: T[];
  onChange(rows: T[]): void;
  make(): T;
  render(row: T, index: number, set: (row: T) => void): ReactNode;
  disabled?: boolean;
}

export function RowList<T>({
  pointer,
  title,
  itemTitle,
  addLabel,
  removeLabel,
  empty,
  rows,
  onChange,
  make,
  render,
  disabled,
}: Props<T>) {
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<number | 'add' | null>(null);

  useEffect(() => {
    if (focus === null) return;
    if (focus === 'add') addButton.current?.focus();
    else
      list.current
        ?.querySelector<HTMLElement>(
          `[data-row="${focus}"] input, [data-row="${focus}"] textarea, [data-row="${focus}"] select`,
        )
        ?.focus();
    setFocus(null);
  }, [focus]);

  const set = (index: number) => (row: T) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const add = () => {
    onChange([...rows, make()]);
    setFocus(rows.length);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    setFocus('add');
  };

  return (
    // Read-only, the group itself is where messages about the list link to.
    <fieldset className="fieldset fieldset--group" id={disabled ? idOf(pointer) : undefined}>
      <legend>{title}</legend>
      <NoteList pointer={pointer} />
      <div ref={list}>
        {rows.length === 0 && <p className="muted">{empty}</p>}
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their fields and messages are addressed by position (/documents/0/url).
          <fieldset key={i} className="fieldset row-item" data-row={i}>
            <legend>{fill(itemTitle, { n: i + 1 })}</legend>
            {render(row, i, set(i))}
            {!disabled && (
              <button type="button" className="button button--secondary button--small" onClick={() => remove(i)}>
                {fill(removeLabel, { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
      </div>
      {!disabled && (
        <button type="button" id={idOf(pointer)} ref={addButton} className="button button--secondary" onClick={add}>
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
