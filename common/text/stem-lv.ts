// A Latvian stemmer after K. Kreslins, "A stemming algorithm for Latvian" (Loughborough University, 1996): the
// longest inflectional ending of a list is removed when enough of the word stays, then the consonant change the
// ending caused (palatalisation) is undone. Written from the algorithm's description.
//
// The word is folded first (fold.ts: lower case, no diacritics), so "deklarēšana" and "deklaresana" stem alike.
// Folding merges the endings that differ only by a long vowel (-ā/-a, -ēs/-es, -īm/-im …) and makes most of the
// palatalisation table (ļ → l, ņ → n, č → c, šņ → sn, žņ → zn, šļ → sl, žļ → zl, ļņ → ln, ļļ → ll) nothing to do:
// only the labial consonants' inserted j remains to be undone (zeme – zemju, stem zem).

interface Ending {
  /** The ending, folded. */
  text: string;
  /** The stem must keep more than this many vowels (the algorithm's syllable condition). */
  vowels: number;
  /** The ending may have palatalised the consonant before it (the nouns' genitive plural -u and similar). */
  palatalises: boolean;
}

const ending = (text: string, vowels: number, palatalises = false): Ending => ({ text, vowels, palatalises });

/** Kreslins' inflectional endings (nouns, adjectives incl. the definite ones, numerals), folded. */
const INFLECTIONAL: readonly Ending[] = [
  ending('ajiem', 3),
  ending('ajai', 3),
  ending('ajam', 2),
  ending('ajos', 2),
  ending('ajas', 2),
  ending('iem', 2, true),
  ending('aja', 2),
  ending('ais', 2),
  ending('ai', 2),
  ending('ei', 2),
  ending('am', 1),
  ending('em', 1),
  ending('im', 1),
  ending('um', 1),
  ending('us', 1, true),
  ending('as', 1),
  ending('es', 1),
  ending('os', 1, true),
  ending('ij', 1),
  ending('is', 1),
  ending('ie', 1),
  ending('u', 1, true),
  ending('a', 1, true),
  ending('i', 1, true),
  ending('e', 1),
  ending('o', 1),
  ending('s', 0),
];

/**
 * Additions for the verbs and verbal nouns that name public services (not in Kreslins' list, which covers nominal
 * inflection): a verbal noun and its verb share a stem, "deklarēšana", "deklarēšanas", "deklarēt" → "deklare",
 * "pieteikšanās", "pieteikties" → "pieteik".
 */
const DERIVATIONAL: readonly Ending[] = [
  // -šana, the verbal noun, in its cases (-šanas, -šanai, -šanu, -šanā, -šanām, -šanās (also the reflexive), -šanos).
  ending('sanas', 1),
  ending('sanai', 1),
  ending('sanam', 1),
  ending('sanos', 1),
  ending('sanu', 1),
  ending('sana', 1),
  // -šanās is also the reflexive verbal noun; -ties the reflexive infinitive (pieteikties), -t the infinitive.
  ending('ties', 1),
  ending('t', 1),
];

/** Longest first: the first ending that fits is the longest one. */
const ENDINGS = [...INFLECTIONAL, ...DERIVATIONAL].sort((a, b) => b.text.length - a.text.length);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function vowelsIn(text: string): number {
  let n = 0;
  for (const c of text) if (VOWELS.has(c)) n++;
  return n;
}

/** The labial consonants p, b, m, v take a j before some endings (zeme – zemju): removed with the ending. */
function unpalatalised(stem: string): string {
  return /[pbmv]j$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The stem of one folded Latvian word (letters only; a word with digits or a hyphen is left as it is). */
export function stemLatvian(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  for (const e of ENDINGS) {
    if (!word.endsWith(e.text)) continue;
    const stem = word.slice(0, word.length - e.text.length);
    if (vowelsIn(stem) <= e.vowels) continue;
    return e.palatalises ? unpalatalised(stem) : stem;
  }
  return word;
}
