// Text folded for search: lower case without diacritics (ā → a, č → c, ē → e, ģ → g, ī → i, ķ → k, ļ → l, ņ → n,
// š → s, ū → u, ž → z), the same as PostgreSQL's lower(unaccent(…)), so people may type without diacritics.

// Letters that Unicode does not decompose into a base letter and a mark, folded as PostgreSQL's unaccent does.
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŧ: 't',
  ħ: 'h',
};

/** Lower case, diacritics removed (ā → a, č → c, ņ → n …). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþıŧħ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFC');
}
