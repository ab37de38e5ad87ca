// The state of a versioned edit that met another person's change (412, Conflict.tsx): the version the user started
// from, theirs (loaded when the conflict is found) and the user's values, until the user re-applies or discards.
import { useCallback, useState } from 'react';
import { isStale } from '../api.ts';

export interface ConflictState<R, V> {
  /** The user's starting point, their version (the resource as it is now) and the user's values. */
  base: V;
  theirs: R;
  mine: V;
}

export function useConflict<R, V>() {
  const [conflict, setConflict] = useState<ConflictState<R, V> | null>(null);
  /**
   * Runs a versioned write. A 412 loads the resource as it is now and opens the conflict (false) instead of throwing;
   * any other refusal is thrown as before.
   */
  const guard = useCallback(
    async (base: V, mine: V, write: () => Promise<unknown>, load: () => Promise<R>): Promise<boolean> => {
      try {
        await write();
        setConflict(null);
        return true;
      } catch (error) {
        if (!isStale(error)) throw error;
        setConflict({ base, theirs: await load(), mine });
        return false;
      }
    },
    [],
  );
  const close = useCallback(() => setConflict(null), []);
  return { conflict, guard, close };
}
