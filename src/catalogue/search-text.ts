// SR-12: the public search finds "uzņēmumu" when someone types "uznemumu". Each version keeps its searchable
// text (identifier, names and short descriptions in Latvian and English) folded to lower case without diacritics;
// a query is folded the same way and matched as substrings (the trigram index of migration 0006 serves LIKE).
// The migration filled existing rows with lower(unaccent(concat_ws(' ', …))): the same fields, the same order.
import type { ServiceContentIn } from './content.ts';

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

type Searchable = Pick<ServiceContentIn, 'name' | 'shortDescription'>;

/** What a version stores in service_versions.search_text. */
export function searchTextOf(identifier: string, content: Searchable): string {
  const parts = [
    identifier,
    content.name.lv,
    content.name.en,
    content.shortDescription.lv,
    content.shortDescription.en,
  ];
  return foldText(parts.filter((p): p is string => p !== undefined && p !== null).join(' '));
}

/** The words of a query, folded; each must occur in the text (AND). At most 10 words are used. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return [
    ...new Set(
      foldText(q)
        .split(/\s+/)
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 10);
}
