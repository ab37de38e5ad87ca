// A name the API gives in both languages, shown in the UI's language: English when there is one, else Latvian.
import type { Lang } from '../i18n/messages.ts';

export interface Named {
  name: string;
  names?: { lv: string; en: string | null } | undefined;
}

/** `{ name: 'Izziņa', names: { lv: 'Izziņa', en: 'Statement' } }` → "Statement" in English, "Izziņa" in Latvian. */
export function nameIn(lang: Lang, item: Named): string {
  return (lang === 'en' ? item.names?.en : item.names?.lv) || item.name;
}
