// Which rows of a table are open: a set of ids with a toggle, for tables whose rows expand to show details.
import { useCallback, useState } from 'react';

export function useToggleSet(): { isOpen(id: string): boolean; toggle(id: string): void } {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  return { isOpen: (id) => open.has(id), toggle };
}
