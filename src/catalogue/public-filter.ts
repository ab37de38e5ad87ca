// What a public catalogue search asks for (SR-12, SR-17): the query's words and the filters, as both the SQL
// (public-repository.ts) and the in-process index (search-match.ts) apply them.
import type { Channel } from './public-schemas.ts';
import type { SearchTerm } from './search-text.ts';

export interface PublicFilter {
  /** Folded words with their stems (search-text.ts); each must match (a stem in search_text, or the holder). */
  words: readonly SearchTerm[];
  /** The holders a word names (its abbreviation or, the whole query, its name): filled by withHolders. */
  holdersOf?: ReadonlyMap<string, readonly string[]> | undefined;
  /**
   * One letter misspelt, instead of containing a stem: in memory a word of the text begins with the stem a letter off
   * (search-vocabulary.ts); in SQL (changedSince lists) the word is similar to a word of search_text (pg_trgm).
   */
  fuzzy?: boolean | undefined;
  holderId?: string | undefined;
  /** COFOG codes, any of which the service must name (a division comes with its groups). */
  cofog?: readonly string[] | undefined;
  /** Client types, any of which the service must have. */
  clientTypes?: readonly string[] | undefined;
  channel?: Channel | undefined;
  municipalityId?: string | undefined;
  changedSince?: Date | undefined;
}
