// The chosen language: a preference (not a secret), so it lives in localStorage, and an
// external store so every `useT()` re-renders when it changes.
import { isLanguage, type Language } from './translate.ts';

const STORAGE_KEY = 'vantage.language';
const listeners = new Set<() => void>();
let current: Language = readStored();

function readStored(): Language {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLanguage(v)) return v;
  } catch {
    // storage blocked: use the browser's language
  }
  const nav = globalThis.navigator?.language?.slice(0, 2);
  return isLanguage(nav) ? nav : 'en';
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // private mode: keep it for this page only
  }
  if (globalThis.document) document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
