import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { translate, translateOr } from './translate.ts';

describe('translate', () => {
  it('uses the language’s own message', () => {
    expect(translate('fr', 'nav.group.storage')).toBe('Stockage');
    expect(translate('en', 'nav.group.storage')).toBe('Storage');
  });

  it('falls back to English when a French message is missing', () => {
    const missing = (Object.keys(en) as Array<keyof typeof en>).find((k) => !(k in fr));
    const key = missing ?? 'events.code';
    expect(translate('fr', key)).toBe(fr[key] ?? en[key]);
    expect(translate('fr', 'no.such.key', undefined, 'Given fallback')).toBe('Given fallback');
    expect(translate('fr', 'no.such.key')).toBe('no.such.key');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'drawer.unread', { count: 3 })).toBe('3 unread');
    expect(translate('fr', 'shell.userMenu', { name: 'admin' })).toBe('Menu utilisateur de admin');
    expect(translate('en', 'dashboard.used', { used: '1 GiB' })).toBe('1 GiB of {total} used');
  });

  it('has no French keys that English lacks', () => {
    expect(Object.keys(fr).filter((k) => !(k in en))).toEqual([]);
  });
});

describe('translateOr', () => {
  it('keeps the given English label and translates it when the language has the key', () => {
    expect(translateOr('en', 'collection.vms', 'VMs as the API names them')).toBe('VMs as the API names them');
    expect(translateOr('fr', 'collection.vms', 'Virtual machines')).toBe('Machines virtuelles');
    expect(translateOr('fr', 'collection.nosuch', 'Affinity labels')).toBe('Affinity labels');
  });
});
