// SR-13's Q15: a service's name nearly the same as another of its holder's services. Names are compared by the
// Jaccard similarity of their trigrams (like pg_trgm), one by one (mostSimilar) or for a whole list at once
// (nearDuplicates). quality.ts runs the check and re-exports these.

/** Q15: trigram (Jaccard) similarity of normalised names from which two names count as near-duplicates. */
export const NAME_SIMILARITY_THRESHOLD = 0.7;

export interface NamedService {
  identifier: string;
  name: string;
}

/** Lower case, Latvian diacritics off (ā → a, ņ → n), punctuation to single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trigrams of each word padded like pg_trgm ("  word "), so word order does not matter. */
export function trigrams(name: string): Set<string> {
  const out = new Set<string>();
  for (const word of normaliseName(name).split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** Jaccard similarity of the names' trigram sets, 0…1. */
export function nameSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The most similar of the others at or above the threshold, if any. */
export function mostSimilar(name: string, others: readonly NamedService[]): NamedService | undefined {
  let best: NamedService | undefined;
  let bestScore = NAME_SIMILARITY_THRESHOLD;
  for (const other of others) {
    const s = nameSimilarity(name, other.name);
    if (s >= bestScore) [best, bestScore] = [other, s];
  }
  return best;
}

/**
 * Q15 for many services at once (a holder's whole list on the dashboard): for each item the most similar other at
 * or above the threshold. Comparing every pair would be quadratic; this is the PPJoin set-similarity join. Trigrams
 * are numbered rarest first; two sets with Jaccard ≥ t share one of the first |x| − ⌈t·|x|⌉ + 1 trigrams of the
 * larger and of the first |y| − ⌈2t/(1+t)·|y|⌉ + 1 of the smaller (indexed), so only names sharing such a rare
 * trigram are counted at all; counting stops for a pair once the trigrams left cannot reach the needed overlap,
 * and a pair is compared in full only if that bound survives. Names alike after normalisation are judged once.
 */
export function nearDuplicates<T extends { name: string }>(
  items: readonly T[],
  threshold = NAME_SIMILARITY_THRESHOLD,
): Map<T, T> {
  // Identical normalised names: one representative each; twins among themselves are exact.
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = [...trigrams(item.name)].sort().join('|');
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const keys = [...groups.keys()];
  const sets = keys.map((key) => (key === '' ? [] : key.split('|')));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rank = new Map(
    [...frequency.keys()]
      .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1))
      .map((t, i) => [t, i]),
  );
  const tokens = sets.map((set) => Int32Array.from(set.map((t) => rank.get(t)!)).sort());
  const sizes = Int32Array.from(tokens, (t) => t.length);
  const order = keys.map((_, i) => i).sort((a, b) => tokens[a]!.length - tokens[b]!.length);
  // Inverted index over the indexing prefixes: (set, position) in ascending size, with a start that moves past sets too small.
  const index = new Map<number, { entries: number[]; start: number }>();
  const overlap = new Int32Array(keys.length);
  /** Jaccard ≥ t ⇔ overlap ≥ t/(1+t)·(|x|+|y|). */
  const factor = threshold / (1 + threshold);
  const best = new Float64Array(keys.length).fill(-1);
  const bestOf = new Int32Array(keys.length).fill(-1);
  const keep = (a: number, b: number, similarity: number) => {
    if (similarity > best[a]!) [best[a], bestOf[a]] = [similarity, b];
  };
  for (const x of order) {
    const xs = tokens[x]!;
    const size = xs.length;
    if (size === 0) continue;
    const touched: number[] = [];
    const probe = size - Math.ceil(threshold * size) + 1;
    for (let i = 0; i < probe; i++) {
      const list = index.get(xs[i]!);
      if (!list) continue;
      const entries = list.entries;
      while (list.start < entries.length && sizes[entries[list.start]!]! < threshold * size) list.start += 2;
      for (let k = list.start; k < entries.length; k += 2) {
        const y = entries[k]!;
        const seen = overlap[y]!;
        if (seen < 0) continue;
        if (seen === 0) touched.push(y);
        const bound = 1 + Math.min(size - i - 1, sizes[y]! - entries[k + 1]! - 1);
        overlap[y] = seen + bound >= Math.ceil(factor * (size + sizes[y]!)) ? seen + 1 : -1;
      }
    }
    for (const y of touched) {
      if (overlap[y]! > 0) {
        const similarity = jaccardAtLeast(xs, tokens[y]!, Math.ceil(factor * (size + sizes[y]!)));
        if (similarity >= threshold) {
          keep(x, y, similarity);
          keep(y, x, similarity);
        }
      }
      overlap[y] = 0;
    }
    const indexed = size - Math.ceil(((2 * threshold) / (1 + threshold)) * size) + 1;
    for (let i = 0; i < indexed; i++) {
      const list = index.get(xs[i]!);
      if (list) list.entries.push(x, i);
      else index.set(xs[i]!, { entries: [x, i], start: 0 });
    }
  }
  const out = new Map<T, T>();
  keys.forEach((key, g) => {
    const members = groups.get(key)!.map((i) => items[i]!);
    if (key === '') return;
    const other = bestOf[g]! >= 0 ? items[groups.get(keys[bestOf[g]!]!)![0]!]! : undefined;
    members.forEach((member, m) => {
      // An identical name (similarity 1) beats any other; otherwise the most similar group's first member.
      const twin = members.length > 1 ? members[m === 0 ? 1 : 0]! : other;
      if (twin) out.set(member, twin);
    });
  });
  return out;
}

/** Jaccard similarity of two ascending arrays of distinct numbers; -1 as soon as their overlap cannot reach `needed`. */
function jaccardAtLeast(a: Int32Array, b: Int32Array, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
