// The counter's service type-ahead (CR-17.1, CR-17.2), an ARIA 1.2 combobox: before typing it lists the centre's most
// used services, typing searches the published ones (diacritics ignored, most used first); ↑ ↓ move, Enter
// chooses, Esc closes. Enter typed faster than the answer arrives chooses the first match once it is there (a
// second Enter then saves), and the form waits for that choice before saving. With a service chosen and the list
// closed, Enter is left to the form, which saves.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { client } from '../api.ts';
import { loadScope, remember, searchRemembered } from './serviceCache.ts';

/** How long after the page opens the offline copy of the scope is fetched. */
const SCOPE_DELAY_MS = 1000;
import type { CounterService, ServiceChoice } from './types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

const LIMIT = 10;

export const choiceOf = (s: CounterService): ServiceChoice => ({
  id: s.id,
  identifier: s.identifier,
  name: s.name,
  holderName: s.holder.shortName ?? s.holder.name,
});

interface Props {
  id: string;
  centreId: string;
  value: ServiceChoice | null;
  onChange(service: ServiceChoice | null): void;
  error?: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Set while an Enter waits for the matches: the form's saving waits for it too. */
  choosing: RefObject<Promise<void> | null>;
}

interface Result {
  q: string;
  items: CounterService[];
}

/** The list for a query: the server's, or the services remembered in this browser when it does not answer. */
function useMatches(centreId: string, q: string): Result | null {
  const [result, setResult] = useState<Result | null>(null);
  // The centre's whole scope for the search while offline: loaded in the background, after the form's own requests.
  useEffect(() => {
    if (!centreId) return;
    const timer = window.setTimeout(() => void loadScope(centreId), SCOPE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [centreId]);
  useEffect(() => {
    if (!centreId) return;
    let live = true;
    const path = { id: centreId };
    const load = () =>
      q
        ? client.GET('/api/v1/centres/{id}/counter-services', { params: { path, query: { q, limit: LIMIT } } })
        : client.GET('/api/v1/centres/{id}/top-services', { params: { path, query: { limit: LIMIT } } });
    const timer = window.setTimeout(
      () => {
        load()
          .then(({ items }) => {
            remember(centreId, items);
            if (live) setResult({ q, items });
          })
          .catch(() => live && setResult({ q, items: searchRemembered(centreId, q, LIMIT) }));
      },
      q ? 120 : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [centreId, q]);
  return result;
}

export function CounterServiceSearch({ id, centreId, value, onChange, error, inputRef, choosing }: Props) {
  const { m } = useI18n();
  const c = m.counter;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** Enters pressed before the matches arrived: 1 chooses the first, 2 chooses and saves. */
  const pendingEnters = useRef(0);
  const settle = useRef<(() => void) | null>(null);
  const q = value ? '' : text.trim();
  const result = useMatches(centreId, q);
  const ready = result !== null && result.q === q;
  const options = result?.items ?? [];
  const listId = `${id}-list`;
  const shown = open && !value && options.length > 0;

  const choose = (s: CounterService) => {
    pendingEnters.current = 0;
    onChange(choiceOf(s));
    setText('');
    setOpen(false);
    setActive(-1);
    // Typing again replaces the chosen service rather than appending to its name.
    window.requestAnimationFrame(() => {
      if (document.activeElement === inputRef.current) inputRef.current?.select();
    });
  };

  // Enter pressed before the answer: the first match is chosen when the answer for what was typed arrives.
  // Runs when an answer arrives, not when the handlers (new each render) or the refs change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate trigger list, see above.
  useEffect(() => {
    if (!ready || pendingEnters.current === 0) return;
    const save = pendingEnters.current > 1;
    const first = result.items[0];
    if (first) choose(first);
    pendingEnters.current = 0;
    settle.current?.();
    settle.current = null;
    choosing.current = null;
    if (first && save) inputRef.current?.form?.requestSubmit();
  }, [ready, result]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setOpen(true);
      if (value) return;
      setActive((a) => (down ? Math.min(a + 1, options.length - 1) : Math.max(a - 1, 0)));
      return;
    }
    if (event.key === 'Escape') {
      if (shown) setOpen(false);
      else if (text) setText('');
      else return;
      event.preventDefault();
      return;
    }
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.shiftKey) return;
    // A chosen service and nothing being searched: Enter saves (the form's implicit submission).
    if (value || (!text.trim() && active < 0)) return;
    event.preventDefault();
    if (!ready) {
      pendingEnters.current += 1;
      choosing.current ??= new Promise((resolve) => (settle.current = resolve));
      return;
    }
    const chosen = options[active] ?? options[0];
    if (chosen) choose(chosen);
  };

  const typed = (next: string) => {
    if (value) onChange(null);
    setText(next);
    setOpen(true);
    setActive(next.trim() ? 0 : -1);
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, `${id}-count`, error ? errorId : ''].filter(Boolean).join(' ');
  let countText = '';
  if (!value && ready) {
    if (q) countText = options.length > 0 ? fill(c.matches, { count: options.length }) : c.noMatches;
    else countText = options.length > 0 ? c.topServices : c.typeToSearch;
  }

  return (
    <div className={error ? 'field field--error counter-search' : 'field counter-search'}>
      <label htmlFor={id}>{c.service}</label>
      <p className="field__hint" id={hintId}>
        {c.serviceHint}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value ? value.name : text}
        onChange={(e) => typed(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={(e) => (value ? e.target.select() : setOpen(true))}
        onBlur={() => setOpen(false)}
      />
      <div
        className="counter-options"
        role="listbox"
        id={listId}
        aria-label={q ? c.service : c.topServices}
        hidden={!shown}
        // A list taller than its box scrolls, and Chromium gives a scroller a tab stop of its own: Tab from the search
        // must reach the type and the channel (the five keys of CR-17.1), the arrows move in the list.
        tabIndex={-1}
      >
        {options.map((s, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keys act in the combobox's input (aria-activedescendant), which keeps the focus.
          <div
            key={s.id}
            id={`${id}-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={i === active ? 'counter-option counter-option--active' : 'counter-option'}
            // Keeps the focus in the input, so the click chooses and typing continues.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
          >
            <span className="counter-option__name">{s.name}</span>
            <span className="counter-option__meta">
              {s.identifier} · {s.holder.shortName ?? s.holder.name}
              {s.count > 0 ? ` · ${fill(c.used, { count: s.count })}` : ''}
            </span>
          </div>
        ))}
      </div>
      <p className="field__hint counter-search__count" id={`${id}-count`} aria-live="polite">
        {value ? fill(c.chosen, { service: `${value.identifier} ${value.name} — ${value.holderName}` }) : countText}
      </p>
    </div>
  );
}
