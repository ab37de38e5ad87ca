// LIKE patterns built from what a person typed: their % and _ are taken literally, not as wildcards.

/** The text taken literally inside a LIKE pattern (backslash is PostgreSQL's default LIKE escape). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern matching the text anywhere ("contains"). */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}
