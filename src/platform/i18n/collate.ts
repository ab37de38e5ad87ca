// Latvian alphabetical order (ā after a, č after c, …). PGlite has no ICU collations, so sorting of Latvian
// text is done here, the same way on both engines.
const collator = new Intl.Collator('lv', { sensitivity: 'base', numeric: true });

export function lvCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
