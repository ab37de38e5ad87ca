// The counter's outbox as React state: registering (stored first, then sent), and sending what waits when the
// connection returns — on the browser's `online` event, every few seconds while something waits, and on request.
import { useCallback, useEffect, useRef, useState } from 'react';
import { attempt, isStorageEvent, newKey, put, readAll, remove, type Queued, type SendResult } from './outbox.ts';
import type { ContactBody, ContactOut, ServiceRef } from './types.ts';

/** How often waiting registrations are tried again while the server does not answer. */
export const RETRY_MS = 5_000;

export interface Outbox {
  /** This user's registrations not yet stored by the server: waiting, or refused and waiting for a correction. */
  items: Queued[];
  register(body: ContactBody, services: ServiceRef[]): Promise<SendResult>;
  /** Tries every waiting registration now. */
  flush(): void;
  discard(key: string): void;
}

/**
 * `onSent`: a waiting registration reached the server; `onUndone`: it had reached it before and its contact was undone
 * since, so it left the outbox without being registered again (outbox.ts).
 */
export function useOutbox(
  userId: string | null,
  onSent: (contact: ContactOut) => void,
  onUndone: (item: Queued) => void,
): Outbox {
  const [items, setItems] = useState<Queued[]>([]);
  const sentRef = useRef(onSent);
  sentRef.current = onSent;
  const undoneRef = useRef(onUndone);
  undoneRef.current = onUndone;

  const refresh = useCallback(() => setItems(userId ? readAll().filter((i) => i.userId === userId) : []), [userId]);

  const flush = useCallback(() => {
    if (!userId) return;
    const waiting = readAll().filter((i) => i.userId === userId && !i.refusal);
    if (waiting.length === 0) return;
    void (async () => {
      // One at a time, oldest first: a counter's backlog is small, and the order of registrations is kept.
      for (const item of waiting) {
        const result = await attempt(item);
        if (result.kind === 'sent') sentRef.current(result.contact);
        if (result.kind === 'undone') undoneRef.current(item);
        if (result.kind === 'waiting' && !navigator.onLine) break;
      }
      refresh();
    })();
  }, [userId, refresh]);

  useEffect(() => {
    refresh();
    flush();
    const onStorage = (event: StorageEvent) => isStorageEvent(event) && refresh();
    window.addEventListener('online', flush);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('storage', onStorage);
    };
  }, [refresh, flush]);

  const waiting = items.some((i) => !i.refusal);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(flush, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  const register = useCallback(
    async (body: ContactBody, services: ServiceRef[]): Promise<SendResult> => {
      if (!userId) throw new Error('no user');
      // Stored before the first attempt: a reload or a crash in the middle of the request loses nothing.
      const item: Queued = {
        key: newKey(),
        userId,
        body,
        services,
        createdAt: new Date().toISOString(),
        attempts: 0,
        refusal: null,
      };
      put(item);
      refresh();
      const result = await attempt(item);
      // Refused at once: the employee is still at the form and corrects it there.
      if (result.kind === 'refused') remove(item.key);
      refresh();
      return result;
    },
    [userId, refresh],
  );

  const discard = useCallback(
    (key: string) => {
      remove(key);
      refresh();
    },
    [refresh],
  );

  return { items, register, flush, discard };
}
