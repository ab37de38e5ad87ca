// SR-12: the public search finds "uzņēmumu" when someone types "uznemumu". Each version keeps its searchable
// text (identifier, names and short descriptions in Latvian and English) folded to lower case without diacritics;
// a query is folded the same way, its words stemmed (common/text: the stem is a beginning of every form of the
// word) and the stems matched as substrings (the trigram index of migration 0006 serves LIKE).
// The migration filled existing rows with lower(unaccent(concat_ws(' ', …))): the same fields, the same order.
import { foldText, queryTerms } from '../../common/text/index.ts';
import type { ServiceContentIn } from './content.ts';

export { foldText };

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

/** A word of a query, folded, with the stems it is searched as (common/text). */
export type SearchTerm = { word: string; stems: string[] };

/**
 * SR-12: the words of a query (at most 10), each with its Latvian and English stems; a version matches a word when
 * its search text contains one of the stems (so inflected forms find each other: "deklaret dzivesvietu" finds
 * "Dzīvesvietas deklarēšana") or the word is its holder's abbreviation. Every word must match (AND).
 */
export function queryWords(q: string | undefined): SearchTerm[] {
  return queryTerms(q, 10);
}
