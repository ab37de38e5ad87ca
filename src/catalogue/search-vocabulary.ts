// SR-12: the words of the catalogue's search texts, for the misspelt pass of the in-process search (search-match.ts).
// When no service holds a typed word's stems, the word may be misspelt by a letter: a service then matches when one
// of its words begins with the stem written with one letter wrong, missing, added or two neighbours swapped
// (Damerau–Levenshtein distance 1, optimal string alignment; 2 for stems of ten letters or more), so "dzivesvita"
// finds "dzīvesvietas", "bezdarbneiks" "bezdarbnieka" and "pensjas" "pensijas". Each distinct word of the catalogue
// gets an id and each service keeps its words' ids, so a stem is compared once per distinct word, not per service;
// a word lacking more of the stem's letters than it may be off is passed over unread (each word's letters are kept as
// bits), and the answer for a stem is kept and extended by the words added since (queries repeat: one typed again
// costs no comparison). The vocabulary only grows until the index is rebuilt.

/** The words of a folded text: runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Stems shorter than this are not corrected: a letter off in a short stem is another word. */
export const MIN_CORRECTED = 4;

/** How many letters a stem may be off by. */
export const allowedEdits = (stem: string): number => (stem.length >= 10 ? 2 : 1);

/** The three rows prefixDistance works in, grown as needed and kept: a search compares a stem with every word. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The least optimal-string-alignment distance between `stem` and any beginning of `word`, or Infinity when above
 * `limit`. Only the cells within `limit` of the diagonal are worked out.
 */
export function prefixDistance(stem: string, word: string, limit: number): number {
  const n = stem.length;
  const m = Math.min(word.length, n + limit);
  if (m < n - limit) return Number.POSITIVE_INFINITY;
  const INF = limit + 1;
  if (rows[0]!.length < m + 1) rows = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  // Rows i-2, i-1 and i of the (n+1) × (m+1) matrix.
  let older = rows[0]!.fill(INF, 0, m + 1);
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : INF;
  for (let i = 1; i <= n; i++) {
    row.fill(INF, 0, m + 1);
    if (i <= limit) row[0] = i;
    let rowMin = row[0]!;
    const s = stem.charCodeAt(i - 1);
    const sBefore = i > 1 ? stem.charCodeAt(i - 2) : -1;
    const to = Math.min(m, i + limit);
    for (let j = Math.max(1, i - limit); j <= to; j++) {
      const w = word.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s === w ? 0 : 1));
      if (i > 1 && j > 1 && s === word.charCodeAt(j - 2) && sBefore === w) d = Math.min(d, older[j - 2]! + 1);
      if (d > INF) d = INF;
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return Number.POSITIVE_INFINITY;
    const done = older;
    older = prev;
    prev = row;
    row = done;
  }
  let best = INF;
  for (let j = Math.max(0, n - limit); j <= m; j++) best = Math.min(best, prev[j]!);
  return best <= limit ? best : Number.POSITIVE_INFINITY;
}

/** The letters of a text as bits (code mod 32): a stem a letter off a word's beginning lacks at most one of the word's. */
function lettersOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A vocabulary's answer for some stems, kept for the words it had then (ids only grow: later words are added to it). */
interface Kept<T> {
  size: number;
  value: T;
}

/** How many stems' answers a vocabulary keeps (then it forgets them all: queries repeat, the catalogue's words stay). */
const KEPT = 256;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Each word's letters (lettersOf), by id. */
  private letters = new Int32Array(1024);
  private readonly near = new Map<string, Kept<Uint8Array>>();
  private readonly within = new Map<string, Kept<number[]>>();

  /** The ids of a search text's words, in order. */
  wordIdsOf(text: string): Int32Array {
    const found = text.match(WORD) ?? [];
    const out = new Int32Array(found.length);
    for (const [i, w] of found.entries()) out[i] = this.idOf(w);
    return out;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id >= this.letters.length) {
        const grown = new Int32Array(this.letters.length * 2);
        grown.set(this.letters);
        this.letters = grown;
      }
      this.letters[id] = lettersOf(word);
    }
    return id;
  }

  /** How many distinct words (ids run from 0 below it). */
  get size(): number {
    return this.words.length;
  }

  /**
   * The words beginning with one of the stems written with a few letters off (allowedEdits), by id, each with its
   * distance (the least over the stems). Stems shorter than MIN_CORRECTED, or not a letter-and-digit run, correct
   * nothing.
   */
  nearTo(stems: readonly string[]): Map<number, number> {
    const out = new Map<number, number>();
    const distances = this.distancesTo(stems);
    for (let id = 0; id < distances.length; id++) if (distances[id]! !== 255) out.set(id, distances[id]!);
    return out;
  }

  /** As nearTo, by id over the whole vocabulary: the distance, 255 for a word not near. Kept: do not change it. */
  distancesTo(stems: readonly string[]): Uint8Array {
    const key = stems.join(' ');
    const kept = this.near.get(key);
    if (kept?.size === this.words.length) return kept.value;
    const out = new Uint8Array(this.words.length).fill(255);
    const from = kept ? kept.size : 0;
    if (kept) out.set(kept.value);
    const usable = stems.filter((s) => s.length >= MIN_CORRECTED && /^[\p{L}\p{N}]+$/u.test(s));
    for (const stem of usable) {
      const limit = allowedEdits(stem);
      const letters = lettersOf(stem);
      const shortest = stem.length - limit;
      for (let id = from; id < this.words.length; id++) {
        // More of the stem's letters missing from the word than letters off, or a word too short: not near.
        if (bitCount(letters & ~this.letters[id]!) > limit) continue;
        const word = this.words[id]!;
        if (word.length < shortest) continue;
        const d = prefixDistance(stem, word, limit);
        if (d < out[id]!) out[id] = d;
      }
    }
    this.keep(this.near, key, out);
    return out;
  }

  /**
   * The ids of the words containing the stem, a letter-and-digit run (search-match.ts: such a stem is inside a text
   * exactly when it is inside one of its words). Kept: do not change it.
   */
  containing(stem: string): readonly number[] {
    const kept = this.within.get(stem);
    if (kept?.size === this.words.length) return kept.value;
    const out = kept ? [...kept.value] : [];
    const letters = lettersOf(stem);
    for (let id = kept ? kept.size : 0; id < this.words.length; id++) {
      if ((letters & ~this.letters[id]!) === 0 && this.words[id]!.includes(stem)) out.push(id);
    }
    this.keep(this.within, stem, out);
    return out;
  }

  private keep<T>(kept: Map<string, Kept<T>>, key: string, value: T): void {
    if (kept.size >= KEPT && !kept.has(key)) kept.clear();
    kept.set(key, { size: this.words.length, value });
  }
}
