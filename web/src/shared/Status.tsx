// One polite live region for status messages ("Role granted."). It is always in the page, so screen readers
// hear each new message; a message can survive one navigation (e.g. "Invitation sent" shown on the user page).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from '../app/router.tsx';

interface StatusApi {
  text: string;
  announce(text: string, options?: { keepOnNavigation?: boolean }): void;
}

const StatusContext = createContext<StatusApi>({ text: '', announce: () => {} });

export function StatusProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const keep = useRef(false);
  const { path } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: a navigation (new path) clears the message.
  useEffect(() => {
    if (keep.current) keep.current = false;
    else setText('');
  }, [path]);

  const announce = useCallback((next: string, options: { keepOnNavigation?: boolean } = {}) => {
    keep.current = options.keepOnNavigation === true;
    setText(next);
  }, []);
  const value = useMemo(() => ({ text, announce }), [text, announce]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}

export function StatusRegion() {
  const { text } = useStatus();
  return (
    <div role="status" aria-live="polite" className={text ? 'status status--shown' : 'status'}>
      {text}
    </div>
  );
}
