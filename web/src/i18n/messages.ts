// The type of a message catalogue, derived from the Latvian one: same keys at every depth, every leaf a string.
import type { lv } from './lv.ts';

type DeepStringRecord<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]> };

/** The English counterpart of a Latvian part (a feature's messages.lv.ts): the same keys, every leaf a string. */
export type Catalogue<T> = DeepStringRecord<T>;

export type Messages = DeepStringRecord<typeof lv>;
export type Lang = 'lv' | 'en';

/** Fills {placeholders} of a message. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A message by a key that comes from data (a status from the API), falling back to the key itself. */
export function pick(table: Record<string, string>, key: string): string {
  return table[key] ?? key;
}
