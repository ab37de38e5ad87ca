// SR-12: the public search over the in-process index (search-index.ts), by the rules the SQL of public-repository.ts
// applies (a test compares both): every word matches — one of its stems inside the search text, or the word names the
// service's holder; the filters; the rank (the whole query as words of the Latvian name first, then per word: the
// holder named 0, a name word beginning with a stem 1, a stem inside the name 2, elsewhere 3), then the identifier.
// Misspelt (fuzzy, when nothing holds the stems): a word matches a service with a word beginning with the stem a
// letter off (search-vocabulary.ts), fewer letters off first. This pass departs from the SQL, whose pg_trgm
// similarity missed "pensjas" for "pensijas"; the SQL keeps it only for a sync client's changedSince list.
import type { IndexedService, SearchIndex } from './search-index.ts';
import type { PublicFilter } from './public-filter.ts';
import type { SearchTerm } from './search-text.ts';

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

const holderNamed = (f: PublicFilter, t: SearchTerm, s: IndexedService) =>
  f.holdersOf?.get(t.word)?.includes(s.holderId) ?? false;

/** The rank of public-repository.ts's rankOf, lower first. */
function rankOf(s: IndexedService, f: PublicFilter, phrase: string): number {
  let rank = s.name.includes(phrase) ? 0 : 100;
  for (const t of f.words) {
    if (holderNamed(f, t, s)) continue;
    if (t.stems.some((stem) => s.name.includes(` ${stem}`) || s.name.includes(`(${stem}`))) rank += 1;
    else if (t.stems.some((stem) => s.name.includes(stem))) rank += 2;
    else rank += 3;
  }
  return rank;
}

/** Each vocabulary word's distance to a misspelt word's stems (255: not near), by word id. */
function distances(index: SearchIndex, t: SearchTerm): Uint8Array {
  const out = new Uint8Array(index.vocabulary.size).fill(255);
  for (const [id, d] of index.vocabulary.nearTo(t.stems)) out[id] = d;
  return out;
}

/** The least distance of the words to the stems (255: none near). */
function nearest(ids: Int32Array, near: Uint8Array): number {
  let best = 255;
  for (const id of ids) {
    const d = near[id]!;
    if (d < best) best = d;
  }
  return best;
}

export interface Matched {
  total: number;
  /** The page's services, in order. */
  page: IndexedService[];
}

/** The services matching the filter, ranked, and the page asked for. */
export function matchServices(index: SearchIndex, f: PublicFilter, page: { limit: number; offset: number }): Matched {
  const services = index.services();
  const words = f.words;
  if (f.fuzzy) {
    // Fewer letters off first, then the words found in the name, then the identifier.
    const near = words.map((t) => distances(index, t));
    const buckets = new Map<number, IndexedService[]>();
    let total = 0;
    for (const s of services) {
      if (!passesFilters(s, f)) continue;
      let rank = 0;
      let all = true;
      for (const [i, t] of words.entries()) {
        const d = nearest(s.wordIds, near[i]!);
        if (d === 255 && !holderNamed(f, t, s)) {
          all = false;
          break;
        }
        rank += d === 255 ? 0 : d * 10 + (nearest(s.nameWordIds, near[i]!) === d ? 0 : 1);
      }
      if (!all) continue;
      total++;
      const bucket = buckets.get(rank);
      if (bucket) bucket.push(s);
      else buckets.set(rank, [s]);
    }
    return { total, page: pageOf(buckets, page) };
  }
  // The longest stems first: the rarest as a rule, so most services fail at the first look.
  const byRarity = [...words].sort(
    (a, b) => Math.min(...b.stems.map((x) => x.length)) - Math.min(...a.stems.map((x) => x.length)),
  );
  const matches = (s: IndexedService) =>
    byRarity.every((t) => t.stems.some((stem) => s.text.includes(stem)) || holderNamed(f, t, s));
  if (words.length === 0) {
    let total = 0;
    const out: IndexedService[] = [];
    for (const s of services) {
      if (!passesFilters(s, f)) continue;
      if (total >= page.offset && out.length < page.limit) out.push(s);
      total++;
    }
    return { total, page: out };
  }
  // Ranks are small whole numbers: a bucket per rank keeps the identifier order inside it without a sort.
  const phrase = ` ${words.map((t) => t.word).join(' ')} `;
  const buckets = new Map<number, IndexedService[]>();
  let total = 0;
  for (const s of services) {
    if (!passesFilters(s, f) || !matches(s)) continue;
    total++;
    const rank = rankOf(s, f, phrase);
    const bucket = buckets.get(rank);
    if (bucket) bucket.push(s);
    else buckets.set(rank, [s]);
  }
  return { total, page: pageOf(buckets, page) };
}

/** The page of services ordered by their buckets' ranks, each bucket in identifier order. */
function pageOf(buckets: ReadonlyMap<number, IndexedService[]>, page: { limit: number; offset: number }) {
  const ordered = [...buckets.keys()].sort((a, b) => a - b).flatMap((r) => buckets.get(r)!);
  return ordered.slice(page.offset, page.offset + page.limit);
}
