// The chosen language: Latvian unless the user switched, remembered in localStorage, mirrored in <html lang>
// and in the Accept-Language of every API request (so the API's error titles come in the same language).
// The Latvian catalogue comes with the entry; the English one is a chunk of its own, fetched when English is chosen
// (or was chosen before): most visitors read Latvian, and every route's weight counts (scripts/check-bundle.mjs).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api.ts';
import { lv } from './lv.ts';
import type { Lang, Messages } from './messages.ts';

const STORAGE_KEY = 'vienuviet.lang';
const catalogues: Partial<Record<Lang, Messages>> = { lv };

/** The catalogue of a language, fetched once. */
async function loadCatalogue(lang: Lang): Promise<Messages> {
  const loaded = catalogues[lang];
  if (loaded) return loaded;
  const { en } = await import('./en.ts');
  catalogues.en = en;
  return en;
}

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
  // The catalogue shown: English once its chunk is here (until then, for a returning English reader, nothing).
  const [shown, setShown] = useState<Messages | undefined>(() => catalogues[lang]);
  useEffect(() => {
    let live = true;
    loadCatalogue(lang).then(
      (m) => live && setShown(m),
      () => live && setShown(lv), // the chunk could not be fetched (offline): Latvian rather than a blank page
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    const switchTo = () => {
      // Applied before the re-render so that requests made by the next render already ask for `next`.
      apply(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // not remembered, still switched
      }
      setLangState(next);
      setShown(catalogues[next]);
    };
    // Switched once its catalogue is here, so the page never shows one language's keys missing.
    loadCatalogue(next).then(switchTo, () => {});
  }, []);
  const value = useMemo(() => (shown ? { lang, m: shown, setLang } : null), [lang, shown, setLang]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
