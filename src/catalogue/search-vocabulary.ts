// SR-12: the words of the catalogue's search texts, for the misspelt pass of the in-process search (search-match.ts).
// When no service holds a typed word's stems, the word may be misspelt by a letter: a service then matches when one
// of its words begins with the stem written with one letter wrong, missing, added or two neighbours swapped
// (Damerau–Levenshtein distance 1, optimal string alignment; 2 for stems of ten letters or more), so "dzivesvita"
// finds "dzīvesvietas", "bezdarbneiks" "bezdarbnieka" and "pensjas" "pensijas". Each distinct word of the catalogue
// gets an id and each service keeps its words' ids, so a stem is compared once per distinct word, not per service.
// The vocabulary only grows until the index is rebuilt.

/** The words of a folded text: runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Stems shorter than this are not corrected: a letter off in a short stem is another word. */
export const MIN_CORRECTED = 4;

/** How many letters a stem may be off by. */
export const allowedEdits = (stem: string): number => (stem.length >= 10 ? 2 : 1);

/**
 * The least optimal-string-alignment distance between `stem` and any beginning of `word`, or Infinity when above
 * `limit`. Only the cells within `limit` of the diagonal are worked out.
 */
export function prefixDistance(stem: string, word: string, limit: number): number {
  const n = stem.length;
  const m = Math.min(word.length, n + limit);
  if (m < n - limit) return Number.POSITIVE_INFINITY;
  const INF = limit + 1;
  // Rows i-2, i-1 and i of the (n+1) × (m+1) matrix.
  let older = new Array<number>(m + 1).fill(INF);
  let prev = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : INF;
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1).fill(INF);
    if (i <= limit) row[0] = i;
    let rowMin = row[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(m, i + limit); j++) {
      const cost = stem[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && stem[i - 1] === word[j - 2] && stem[i - 2] === word[j - 1])
        d = Math.min(d, older[j - 2]! + 1);
      row[j] = Math.min(d, INF);
      rowMin = Math.min(rowMin, row[j]!);
    }
    if (rowMin > limit) return Number.POSITIVE_INFINITY;
    older = prev;
    prev = row;
  }
  let best = INF;
  for (let j = Math.max(0, n - limit); j <= m; j++) best = Math.min(best, prev[j]!);
  return best <= limit ? best : Number.POSITIVE_INFINITY;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

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
    const usable = stems.filter((s) => s.length >= MIN_CORRECTED && /^[\p{L}\p{N}]+$/u.test(s));
    if (usable.length === 0) return out;
    for (const [id, word] of this.words.entries()) {
      for (const stem of usable) {
        const d = prefixDistance(stem, word, allowedEdits(stem));
        if (d !== Number.POSITIVE_INFINITY && d < (out.get(id) ?? Number.POSITIVE_INFINITY)) out.set(id, d);
      }
    }
    return out;
  }
}
