// Messages that people see from the API, in Latvian (first) and English. Each error `code` is stable: clients branch
// on it, people read the message. The platform's own are in platform-messages.ts; each capability keeps its table in
// src/<capability>/messages.ts, and the composition root (src/routes.ts) hands them here at start.
import type { MessageTable, Template } from './message-table.ts';
import { platformMessages } from './platform-messages.ts';

export type { MessageTable, Template };

export type Lang = 'lv' | 'en';

type Params = Record<string, string | number>;

/**
 * Every known code, as the keys of this interface: the platform's here, and each capability adds its table's codes by
 * declaration merging (`declare module` in its messages.ts). So a code thrown anywhere is checked against every
 * table, and the platform imports no capability.
 */
export interface MessageCodes extends Record<keyof typeof platformMessages, true> {}

export type MessageCode = keyof MessageCodes & string;

// One lookup table for all codes, filled once at start.
const known = new Map<string, Template>(Object.entries(platformMessages));
const registered = new Set<MessageTable>([platformMessages]);

/** The capabilities' tables, from the composition root; registering a table again is a no-op, a code twice an error. */
export function registerMessages(tables: readonly MessageTable[]): void {
  for (const table of tables) {
    if (registered.has(table)) continue;
    const twice = Object.keys(table).filter((code) => known.has(code));
    if (twice.length > 0) throw new Error(`message codes defined twice: ${twice.join(', ')}`);
    for (const [code, template] of Object.entries(table)) known.set(code, template);
    registered.add(table);
  }
}

/** Whether a code read from outside (a stored import error, say) has a message. */
export function isMessageCode(code: string): code is MessageCode {
  return known.has(code);
}

/** A number as the text's language writes it: a fraction with the decimal comma in Latvian (43,5), a point in English. */
function paramText(value: string | number, lang: Lang): string {
  if (typeof value !== 'number' || Number.isInteger(value) || lang !== 'lv') return String(value);
  return String(value).replace('.', ',');
}

function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? `{${key}}` : paramText(value, lang);
  });
}

export function translate(code: MessageCode, lang: Lang, params: Params = {}): string {
  const template = known.get(code);
  // A code without a table is a registration left out of src/routes.ts (the messages test catches it): say the code.
  return template ? fill(template[lang], params, lang) : code;
}

/** A capability's own text from its own table, e.g. for explanations computed outside a request. */
export function translateIn<T extends MessageTable>(table: T, code: keyof T, lang: Lang, params: Params = {}): string {
  return fill((table[code] as Template)[lang], params, lang);
}

/** Latvian unless the client prefers English (Accept-Language). */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'lv';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('lv')) return 'lv';
    if (tag.startsWith('en')) return 'en';
  }
  return 'lv';
}
