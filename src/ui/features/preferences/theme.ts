// Light or dark: PatternFly 6 switches every token with one class on <html>.
import { preferenceStore } from './preference-store.ts';

export type Theme = 'light' | 'dark';
export const DARK_CLASS = 'pf-v6-theme-dark';

export const themeStore = preferenceStore<Theme>('vantage.theme', (raw) => (raw === 'dark' ? 'dark' : 'light'));

export function applyTheme(theme: Theme = themeStore.get(), root: Element | undefined = globalThis.document?.documentElement): void {
  root?.classList.toggle(DARK_CLASS, theme === 'dark');
}

export function setTheme(theme: Theme): void {
  themeStore.set(theme);
  applyTheme(theme);
}
