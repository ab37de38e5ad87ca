// Search text, the same in the server and in the browser (pure functions, no imports beyond this folder): folding (case and diacritics) and the stems of a typed word
// (stem-lv.ts, Kreslins' Latvian stemmer; stem-en.ts, a light English one).
import { foldText } from './fold.ts';
import { stemEnglish } from './stem-en.ts';
import { stemLatvian } from './stem-lv.ts';

export { foldText } from './fold.ts';
export { stemEnglish } from './stem-en.ts';
export { stemLatvian } from './stem-lv.ts';

/**
 * What one typed word is searched as: its Latvian and English stems, folded, each a beginning of the word's forms
 * (so "contains the stem" finds "deklarēšanas" for "deklaret"). The shortest suffice: a stem containing another is
 * dropped. Sentence punctuation around the word is ignored; a word with other signs (PK-000123, 50%) is searched
 * as it is.
 */
export function wordStems(word: string): string[] {
  const folded = foldText(word);
  const core = folded.replace(/^[.,;:!?"'()«»„“”]+|[.,;:!?"'()«»„“”]+$/gu, '');
  if (core === '') return [folded];
  const stems = [...new Set([stemLatvian(core), stemEnglish(core)])];
  return stems.filter((s) => !stems.some((other) => other !== s && s.includes(other)));
}

/** The folded words of a query (at most 10, no repeats), each with its stems. */
export function queryTerms(q: string | undefined, max = 10): { word: string; stems: string[] }[] {
  if (!q) return [];
  const words = [
    ...new Set(
      foldText(q)
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ].slice(0, max);
  return words.map((word) => ({ word, stems: wordStems(word) }));
}

/** The text taken literally inside a PostgreSQL regular expression (a stem matched at a word's beginning). */
export function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
