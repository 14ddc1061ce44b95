// A small localStorage-backed value with change listeners, for user preferences (theme, page
// size). Preferences are not secrets, so localStorage is the right place for them.

export interface PreferenceStore<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function preferenceStore<T>(key: string, parse: (raw: string | null) => T, serialize: (v: T) => string = String): PreferenceStore<T> {
  const listeners = new Set<() => void>();
  let value = parse(read(key));
  return {
    get: () => value,
    set(next) {
      value = next;
      try {
        globalThis.localStorage?.setItem(key, serialize(next));
      } catch {
        // private mode: keep it for this page only
      }
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
