// SR-10.6: the public functions a service serves, as COFOG (UN Classification of the Functions of Government),
// shipped as data (data/cofog.json: divisions and groups, English and Latvian names) and checked against it.
// Latvian names follow Latvia's functional budget classification (MK noteikumi Nr. 934) where a code maps one-to-one;
// the file's "note" lists the groups whose Latvian names are the project's translations.
import { readFileSync } from 'node:fs';

export interface CofogItem {
  code: string;
  eurostatCode: string;
  level: 'division' | 'group';
  parent: string | null;
  nameEn: string;
  nameLv: string;
}

let shipped: CofogItem[] | undefined;
let codes: Set<string> | undefined;

export function cofogItems(): CofogItem[] {
  shipped ??= (
    JSON.parse(readFileSync(new URL('./data/cofog.json', import.meta.url), 'utf8')) as { items: CofogItem[] }
  ).items;
  return shipped;
}

/** SR-10.6: whether the dotted code ("10.4") is in the shipped classification. */
export function isCofogCode(code: string): boolean {
  codes ??= new Set(cofogItems().map((i) => i.code));
  return codes.has(code);
}
