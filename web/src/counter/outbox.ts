// The counter's outbox: every registration is written to localStorage with its Idempotency-Key BEFORE
// the first attempt, and leaves it only when the server has answered. A registration made while the connection is
// down therefore survives a reload and is sent again later with the same key and the same body, so the server's
// idempotency (src/contacts/idempotency.ts) stores it once even when an earlier attempt did arrive but its answer
// was lost. A refusal (4xx) is kept for the employee to correct; it is never retried by itself. One answer settles a
// registration without a contact: 410 contact_undone, its earlier attempt did arrive and the contact was undone since
// (from today's list, in this or another tab). Correcting and sending it again would bring back what the employee
// undid, so it leaves the outbox and the counter says so.
import { ApiError, client, type FieldProblem } from '../api.ts';
import type { ContactBody, ContactOut, ServiceRef } from './types.ts';

const STORAGE_KEY = 'vienuviet.counter.outbox';

export interface Refusal {
  status: number;
  code: string;
  title: string;
  errors: FieldProblem[];
}

export interface Queued {
  /** The Idempotency-Key, made before the first attempt; every retry sends it with the same body. */
  key: string;
  /** Who registered it: only they send it (the server records the sender as the employee). */
  userId: string;
  body: ContactBody;
  /** For the list while it waits: the services as they were chosen. */
  services: ServiceRef[];
  createdAt: string;
  attempts: number;
  /** Set when the server refused it: shown for correction, not retried. */
  refusal: Refusal | null;
}

export type SendResult =
  | { kind: 'sent'; contact: ContactOut }
  | { kind: 'waiting' }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'undone' };

/** A random key, also where crypto.randomUUID is missing (a page served over plain http on the intranet). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function readAll(): Queued[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Queued[]) : [];
  } catch {
    return [];
  }
}

function writeAll(items: readonly Queued[]): void {
  if (items.length === 0) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
}

/** Read, change and write back in one step (other tabs see it through the storage event). */
function update(change: (items: Queued[]) => Queued[]): void {
  writeAll(change(readAll()));
}

export function put(item: Queued): void {
  update((items) => [...items.filter((i) => i.key !== item.key), item]);
}

export function remove(key: string): void {
  update((items) => items.filter((i) => i.key !== key));
}

function patch(key: string, changes: Partial<Queued>): void {
  update((items) => items.map((i) => (i.key === key ? { ...i, ...changes } : i)));
}

/** Answers that say "not now" rather than "no": the request may be sent again with the same key. */
function isTransient(error: ApiError): boolean {
  return (
    error.status >= 500 || error.status === 401 || error.status === 429 || error.code === 'idempotency_in_progress'
  );
}

/** Keys being sent by this tab right now (another tab may send the same key: the server answers both alike). */
const inFlight = new Set<string>();

/** One attempt for a stored registration; the store is updated with the outcome. */
export async function attempt(item: Queued): Promise<SendResult> {
  if (inFlight.has(item.key)) return { kind: 'waiting' };
  inFlight.add(item.key);
  patch(item.key, { attempts: item.attempts + 1 });
  try {
    const contact = await client.POST('/api/v1/contacts', {
      body: item.body,
      headers: { 'idempotency-key': item.key },
    });
    remove(item.key);
    return { kind: 'sent', contact };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'contact_undone') {
      remove(item.key);
      return { kind: 'undone' };
    }
    if (error instanceof ApiError && !isTransient(error)) {
      patch(item.key, {
        refusal: { status: error.status, code: error.code, title: error.title, errors: error.errors },
      });
      return { kind: 'refused', error };
    }
    return { kind: 'waiting' };
  } finally {
    inFlight.delete(item.key);
  }
}

export function isStorageEvent(event: StorageEvent): boolean {
  return event.key === STORAGE_KEY || event.key === null;
}
