// The services the counter can find at a centre while the server cannot be reached (a registration made then waits
// in the outbox), kept in this browser: the centre's whole scope, loaded in the background once a day and once per
// browser session (GET …/offline-services, at most OFFLINE_MAX services, about a megabyte), and the services the
// server listed lately, whose counts are fresher. Matching follows the server's: words in any order, case and
// diacritics ignored, each found by its stem at the beginning of a word of the name, the identifier or the holder
// (its name or abbreviation) — the same stemmer as the server's (common/text/), so "deklaret dzivesvietu"
// finds "Dzīvesvietas deklarēšana" offline too.
import { client } from '../api.ts';
import { queryTerms } from '../../../common/text/index.ts';
import { collator, fold, rigaToday } from '../shared/format.ts';
import type { CounterService } from './types.ts';

/** The recently listed services kept beside the scope. */
const RECENT_MAX = 300;
/** The most services of the scope kept: the server's bound (OFFLINE_SERVICES_MAX in src/contacts/service.ts). */
export const OFFLINE_MAX = 4000;
const keyOf = (centreId: string) => `vienuviet.counter.services.${centreId}`;
const scopeKeyOf = (centreId: string) => `vienuviet.counter.scope.${centreId}`;

interface Scope {
  /** The Riga day it was loaded. */
  day: string;
  items: CounterService[];
}

function readList(key: string): CounterService[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as CounterService[]) : [];
  } catch {
    return [];
  }
}

function readScope(centreId: string): Scope | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(scopeKeyOf(centreId)) ?? 'null') as Scope | null;
    return parsed && typeof parsed.day === 'string' && Array.isArray(parsed.items) ? parsed : null;
  } catch {
    return null;
  }
}

/** Adds what the server just listed (its counts are the freshest), keeping the list short. */
export function remember(centreId: string, services: readonly CounterService[]): void {
  if (services.length === 0) return;
  const fresh = new Map(services.map((s) => [s.id, s]));
  const merged = [...services, ...readList(keyOf(centreId)).filter((s) => !fresh.has(s.id))].slice(0, RECENT_MAX);
  try {
    localStorage.setItem(keyOf(centreId), JSON.stringify(merged));
  } catch {
    // storage full or blocked: the search simply needs the server
  }
}

/**
 * Keeps the scope, within OFFLINE_MAX; when the browser's storage is too small for all of it, the most used part
 * that fits (halving until it does). Returns how many services were kept.
 */
export function keepScope(centreId: string, services: readonly CounterService[], day: string): number {
  let items = services.slice(0, OFFLINE_MAX);
  while (items.length > 0) {
    try {
      localStorage.setItem(scopeKeyOf(centreId), JSON.stringify({ day, items } satisfies Scope));
      return items.length;
    } catch {
      items = items.slice(0, Math.floor(items.length / 2));
    }
  }
  return 0;
}

/** Whether the scope should be loaded now: not yet today, or not yet in this browser session. */
export function scopeDue(centreId: string, day: string): boolean {
  const scope = readScope(centreId);
  if (!scope || scope.day !== day) return true;
  try {
    return sessionStorage.getItem(scopeKeyOf(centreId)) === null;
  } catch {
    return false;
  }
}

const loading = new Set<string>();

/** Loads the centre's whole scope in the background when it is due; a failure leaves the old copy in place. */
export async function loadScope(centreId: string): Promise<void> {
  const day = rigaToday();
  if (loading.has(centreId) || !scopeDue(centreId, day)) return;
  loading.add(centreId);
  try {
    const { items } = await client.GET('/api/v1/centres/{id}/offline-services', {
      params: { path: { id: centreId } },
    });
    keepScope(centreId, items, day);
    try {
      sessionStorage.setItem(scopeKeyOf(centreId), day);
    } catch {
      // session storage blocked: the scope is loaded again on the next page
    }
  } catch {
    // offline or refused: the copy from an earlier day (if any) still serves
  } finally {
    loading.delete(centreId);
  }
}

/** The remembered services matching the query, most used first, as the server would order them. */
export function searchRemembered(centreId: string, query: string, limit: number): CounterService[] {
  const terms = queryTerms(query);
  const recent = readList(keyOf(centreId));
  const seen = new Set(recent.map((s) => s.id));
  const all = [...recent, ...(readScope(centreId)?.items ?? []).filter((s) => !seen.has(s.id))];
  return all
    .filter((s) => (terms.length === 0 ? s.count > 0 : matches(s, terms)))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .slice(0, limit);
}

/** Every typed word is found: one of its stems begins a word of the service's name, identifier or holder. */
function matches(s: CounterService, terms: ReturnType<typeof queryTerms>): boolean {
  const words = fold(`${s.name} ${s.identifier} ${s.holder?.name ?? ''} ${s.holder?.shortName ?? ''}`)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return terms.every((t) => t.stems.some((stem) => words.some((w) => w.startsWith(stem))));
}
