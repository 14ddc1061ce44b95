// `const t = useT(); t('dashboard.title')` — re-renders when the language changes.
import { useCallback, useSyncExternalStore } from 'react';
import type { MessageKey } from './en.ts';
import { language, subscribeLanguage } from './language.ts';
import { translate, translateOr, type Language, type Params } from './translate.ts';

export type T = (key: MessageKey, params?: Params) => string;

export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, language, language);
}

export function useT(): T & { lang: Language; dyn: (key: string, fallback: string, params?: Params) => string } {
  const lang = useLanguage();
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  return Object.assign(t, { lang, dyn: (key: string, english: string, params?: Params) => translateOr(lang, key, english, params) });
}
