// A just-created token, shown once with a copy button; focus goes here so the user notices it.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';

export function NewToken({ secret }: { secret: string }) {
  const { m } = useI18n();
  const box = useRef<HTMLElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new secret is announced by focus, with no stale note.
  useEffect(() => {
    box.current?.focus();
    setNote('');
  }, [secret]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setNote(m.tokens.copied);
    } catch {
      field.current?.select();
      setNote(m.tokens.copyFailed);
    }
  };

  return (
    <section className="alert alert--success" tabIndex={-1} ref={box} aria-labelledby="new-token-title">
      <h2 id="new-token-title" className="alert__title">
        {m.tokens.createdDone}
      </h2>
      <p>{m.tokens.shownOnce}</p>
      <label htmlFor="new-token">{m.tokens.token}</label>
      <div className="search__row">
        <input
          id="new-token"
          ref={field}
          className="token"
          readOnly
          value={secret}
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {m.tokens.copy}
        </button>
      </div>
      <p aria-live="polite">{note}</p>
    </section>
  );
}
