// Two people changed one thing (the API's 412 stale_version): what each of them changed since the version both
// started from, and the user's changes re-applied over the other person's version. Field by field, a list counts as
// one value (merging lists item by item would invent orders nobody chose). Pure, so that it is tested without a page.

type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with keys in order, so that two equal values built in different orders compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** Objects on every side that has a value: compared key by key; anything else is one value. */
const nested = (...values: unknown[]) => values.every((v) => v === undefined || isObject(v)) && values.some(isObject);

const keysOf = (...values: unknown[]) => [...new Set(values.flatMap((v) => (isObject(v) ? Object.keys(v) : [])))];

/** The user's changes (mine against base) over theirs: a field the user changed is the user's, any other theirs. */
export function reapply<T>(base: unknown, theirs: T, mine: unknown): T {
  if (same(mine, base)) return theirs;
  if (!nested(base, theirs, mine)) return mine as T;
  const b = (base ?? {}) as Obj;
  const t = (theirs ?? {}) as Obj;
  const m = (mine ?? {}) as Obj;
  const out: Obj = {};
  for (const key of keysOf(t, m)) {
    const value = reapply(b[key], t[key], m[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

export interface Difference {
  /** JSON pointer of the field, e.g. "/name/lv" or "/fees" (a list). */
  pointer: string;
  theirs: unknown;
  mine: unknown;
  theirsChanged: boolean;
  mineChanged: boolean;
}

/** Every field the other person or the user changed since base, in the order of the fields. */
export function differences(base: unknown, theirs: unknown, mine: unknown, at = ''): Difference[] {
  if (same(theirs, base) && same(mine, base)) return [];
  if (!nested(base, theirs, mine))
    return [{ pointer: at || '/', theirs, mine, theirsChanged: !same(theirs, base), mineChanged: !same(mine, base) }];
  const b = (base ?? {}) as Obj;
  const t = (theirs ?? {}) as Obj;
  const m = (mine ?? {}) as Obj;
  return keysOf(b, t, m).flatMap((key) => differences(b[key], t[key], m[key], `${at}/${key}`));
}

/** A value in words for the conflict table: text as it is, lists and groups by their parts, nothing as a dash. */
export function shown(value: unknown, words: { yes: string; no: string }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => shown(v, words)).join('; ');
  if (isObject(value)) {
    const parts = Object.values(value).filter((v) => v !== null && v !== undefined && v !== '');
    return parts.length === 0 ? '—' : parts.map((v) => shown(v, words)).join(' · ');
  }
  return String(value);
}
