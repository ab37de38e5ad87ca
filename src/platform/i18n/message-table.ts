// The shape of a table of API messages (its own module: the platform's table, platform-messages.ts, and the lookup,
// messages.ts, which loads that table, both use it without importing each other).
export interface Template {
  lv: string;
  en: string;
}

export type MessageTable = Record<string, Template>;
