// SR-12: the public search over the in-process index (search-index.ts), by the rules the SQL of public-repository.ts
// applies (a test compares both): every word matches — one of its stems inside the search text, or the word names the
// service's holder; the filters; the rank (the whole query as words of the Latvian name first, then per word: the
// holder named 0, a name word beginning with a stem 1, a stem inside the name 2, elsewhere 3), then the identifier.
// Misspelt (fuzzy, when nothing holds the stems): a word matches a service with a word beginning with the stem a
// letter off (search-vocabulary.ts), fewer letters off first. This pass departs from the SQL, whose pg_trgm
// similarity missed "pensjas" for "pensijas"; the SQL keeps it only for a sync client's changedSince list.
// Neither pass reads every text: a stem of letters and digits is inside a text exactly when it is inside one of its
// words, so the vocabulary's words containing the stem (or a letter off) lead to their services (index.positionsOf),
// and only the matches are ranked (SR-12 aims at a p95 of 10 ms over 20,000 services: scripts/bench-catalogue.ts).
import type { IndexedService, SearchIndex } from './search-index.ts';
import type { PublicFilter } from './public-filter.ts';

function passesFilters(s: IndexedService, f: PublicFilter): boolean {
  if (f.holderId && s.holderId !== f.holderId) return false;
  const codes = f.cofog;
  if (codes && codes.length > 0 && !s.cofog.some((c) => codes.includes(c))) return false;
  const types = f.clientTypes;
  if (types && types.length > 0 && (s.clientType === null || !types.includes(s.clientType))) return false;
  if (f.channel && !s.channels.has(f.channel)) return false;
  const m = f.municipalityId;
  if (m && !s.wholeCountry && !s.municipalityIds.includes(m)) return false;
  return true;
}

/** A word of the query as the loops read it: its rank's needles made once, the services of the holders it names. */
interface Term {
  stems: readonly string[];
  /** ` stem` and `(stem`: a word of the name beginning with a stem. */
  begins: readonly string[];
  /** By position in services(), 1 for a service of a holder the word names (NO_HOLDER: it names none). */
  named: Uint8Array;
}

const NO_HOLDER = new Uint8Array(0);

function termsOf(index: SearchIndex, f: PublicFilter): Term[] {
  const count = index.services().length;
  return f.words.map((t) => {
    const holders = f.holdersOf?.get(t.word) ?? [];
    const named = holders.length > 0 ? new Uint8Array(count) : NO_HOLDER;
    for (const holderId of holders) for (const p of index.positionsOfHolder(holderId)) named[p] = 1;
    return { stems: t.stems, begins: t.stems.flatMap((stem) => [` ${stem}`, `(${stem}`]), named };
  });
}

function someIn(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/** The rank of public-repository.ts's rankOf, lower first. */
function rankOf(s: IndexedService, p: number, terms: readonly Term[], phrase: string): number {
  let rank = s.name.includes(phrase) ? 0 : 100;
  for (const t of terms) {
    if (t.named[p] === 1) continue;
    if (someIn(s.name, t.begins)) rank += 1;
    else if (someIn(s.name, t.stems)) rank += 2;
    else rank += 3;
  }
  return rank;
}

/** A run of letters and digits: inside a text exactly when inside one of the text's words (the vocabulary's). */
const WORD_RUN = /^[\p{L}\p{N}]+$/u;
const WORD_RUNS = /[\p{L}\p{N}]+/gu;

/** By position in services(), 1 where a text has a word containing the run (ids from the vocabulary). */
function holding(index: SearchIndex, run: string, out = new Uint8Array(index.services().length)): Uint8Array {
  for (const id of index.vocabulary.containing(run)) for (const p of index.positionsOf(id)) out[p] = 1;
  return out;
}

/** By position in services(), 1 where the text contains one of the stems: from the words holding them, else read. */
function containing(index: SearchIndex, stems: readonly string[]): Uint8Array {
  const services = index.services();
  const out = new Uint8Array(services.length);
  for (const stem of stems) {
    if (WORD_RUN.test(stem)) {
      holding(index, stem, out);
      continue;
    }
    // Other signs (PK-000123): only a text with a word containing each of the stem's runs may contain it.
    const runs = (stem.match(WORD_RUNS) ?? []).map((run) => holding(index, run));
    for (let p = 0; p < services.length; p++) {
      if (out[p] === 1 || runs.some((marks) => marks[p] === 0)) continue;
      if (services[p]!.text.includes(stem)) out[p] = 1;
    }
  }
  return out;
}

/** By position in services(), the least distance of the text's words to a misspelt word's stems (255: none near). */
function nearestIn(index: SearchIndex, near: Uint8Array): Uint8Array {
  const out = new Uint8Array(index.services().length).fill(255);
  for (let id = 0; id < near.length; id++) {
    const d = near[id]!;
    if (d === 255) continue;
    for (const p of index.positionsOf(id)) if (d < out[p]!) out[p] = d;
  }
  return out;
}

/** The least distance of the words to the stems (255: none near). */
function nearest(ids: Int32Array, near: Uint8Array): number {
  let best = 255;
  for (let i = 0; i < ids.length; i++) {
    const d = near[ids[i]!]!;
    if (d < best) best = d;
  }
  return best;
}

/**
 * The matches by rank, each rank's in identifier order (the services are visited in it), keeping of each rank only
 * the first offset + limit: no page reaches further into a rank. Ranks are small whole numbers: no sort of matches.
 */
class Ranked {
  total = 0;
  private readonly ranks = new Map<number, { count: number; first: IndexedService[] }>();
  constructor(private readonly page: { limit: number; offset: number }) {}

  add(rank: number, s: IndexedService): void {
    this.total++;
    let bucket = this.ranks.get(rank);
    if (!bucket) {
      bucket = { count: 0, first: [] };
      this.ranks.set(rank, bucket);
    }
    bucket.count++;
    if (bucket.first.length < this.page.offset + this.page.limit) bucket.first.push(s);
  }

  /** The page: the ranks in order, each bucket in identifier order. */
  chosen(): IndexedService[] {
    const out: IndexedService[] = [];
    let skip = this.page.offset;
    for (const rank of [...this.ranks.keys()].sort((a, b) => a - b)) {
      if (out.length >= this.page.limit) break;
      const { count, first } = this.ranks.get(rank)!;
      if (skip >= count) {
        skip -= count;
        continue;
      }
      out.push(...first.slice(skip, skip + this.page.limit - out.length));
      skip = 0;
    }
    return out;
  }
}

export interface Matched {
  total: number;
  /** The page's services, in order. */
  page: IndexedService[];
}

/** The services matching the filter, ranked, and the page asked for. */
export function matchServices(index: SearchIndex, f: PublicFilter, page: { limit: number; offset: number }): Matched {
  const services = index.services();
  const terms = termsOf(index, f);
  if (terms.length === 0) {
    let total = 0;
    const out: IndexedService[] = [];
    for (const s of services) {
      if (!passesFilters(s, f)) continue;
      if (total >= page.offset && out.length < page.limit) out.push(s);
      total++;
    }
    return { total, page: out };
  }
  const ranked = new Ranked(page);
  if (f.fuzzy) {
    // Fewer letters off first, then the words found in the name, then the identifier.
    const near = f.words.map((t) => index.vocabulary.distancesTo(t.stems));
    const best = near.map((n) => nearestIn(index, n));
    next: for (let p = 0; p < services.length; p++) {
      const s = services[p]!;
      let rank = 0;
      for (let i = 0; i < terms.length; i++) {
        const d = best[i]![p]!;
        if (d === 255) {
          if (terms[i]!.named[p] !== 1) continue next;
        } else rank += d * 10 + (nearest(s.nameWordIds, near[i]!) === d ? 0 : 1);
      }
      if (passesFilters(s, f)) ranked.add(rank, s);
    }
    return { total: ranked.total, page: ranked.chosen() };
  }
  const found = terms.map((t) => containing(index, t.stems));
  const phrase = ` ${f.words.map((t) => t.word).join(' ')} `;
  next: for (let p = 0; p < services.length; p++) {
    const s = services[p]!;
    for (let i = 0; i < terms.length; i++) if (found[i]![p] === 0 && terms[i]!.named[p] !== 1) continue next;
    if (passesFilters(s, f)) ranked.add(rankOf(s, p, terms, phrase), s);
  }
  return { total: ranked.total, page: ranked.chosen() };
}
