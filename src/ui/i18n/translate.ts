// Message lookup with English fallback and `{name}` placeholders. Pure, so the fallback rules
// are testable without React.
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

const CATALOGS: Record<Language, Partial<Record<MessageKey, string>>> = { en, fr };

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

export type Params = Record<string, string | number>;

/** The message in `lang`, else in English, else `fallback` (for keys built at run time, such
 * as `collection.<rel>`), else the key itself. */
export function translate(lang: Language, key: string, params?: Params, fallback?: string): string {
  const own = CATALOGS[lang][key as MessageKey];
  const text = own ?? en[key as MessageKey] ?? fallback ?? key;
  return params ? fill(text, params) : text;
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** For labels the app already has in English (collection titles from the API's names): the
 * language's own message if it has one, else that English label as given. */
export function translateOr(lang: Language, key: string, english: string, params?: Params): string {
  const own = lang === 'en' ? undefined : CATALOGS[lang][key as MessageKey];
  const text = own ?? english;
  return params ? fill(text, params) : text;
}
