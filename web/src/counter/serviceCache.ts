// The services the counter has seen at a centre, kept in this browser so that the type-ahead still finds the
// usual ones while the server cannot be reached (a registration made then waits in the outbox). Matching is the
// server's: words in any order, case and diacritics ignored, the name or the identifier.
import { collator, fold } from '../shared/format.ts';
import type { CounterService } from './types.ts';

const MAX = 300;
const keyOf = (centreId: string) => `vienuviet.counter.services.${centreId}`;

function read(centreId: string): CounterService[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(centreId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as CounterService[]) : [];
  } catch {
    return [];
  }
}

/** Adds what the server just listed (its counts are the freshest), keeping the list short. */
export function remember(centreId: string, services: readonly CounterService[]): void {
  if (services.length === 0) return;
  const fresh = new Map(services.map((s) => [s.id, s]));
  const merged = [...services, ...read(centreId).filter((s) => !fresh.has(s.id))].slice(0, MAX);
  try {
    localStorage.setItem(keyOf(centreId), JSON.stringify(merged));
  } catch {
    // storage full or blocked: the search simply needs the server
  }
}

/** The remembered services matching the query, most used first, as the server would order them. */
export function searchRemembered(centreId: string, query: string, limit: number): CounterService[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return read(centreId)
    .filter((s) =>
      words.length === 0 ? s.count > 0 : words.every((w) => fold(`${s.name} ${s.identifier}`).includes(w)),
    )
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
    .slice(0, limit);
}
