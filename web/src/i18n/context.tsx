// The chosen language: Latvian unless the user switched, remembered in localStorage, mirrored in <html lang>
// and in the Accept-Language of every API request (so the API's error titles come in the same language).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api.ts';
import { en } from './en.ts';
import { lv } from './lv.ts';
import type { Lang, Messages } from './messages.ts';

const STORAGE_KEY = 'vienuviet.lang';
const catalogues: Record<Lang, Messages> = { lv, en };

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'lv';
  } catch {
    return 'lv'; // storage blocked: Latvian, as for a first visit
  }
}

function apply(lang: Lang): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

interface I18n {
  lang: Lang;
  m: Messages;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n>({ lang: 'lv', m: lv, setLang: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    apply(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    // Applied before the re-render so that requests made by the next render already ask for `next`.
    apply(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, m: catalogues[lang], setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
