/**
 * Objects every engine has, seeded or not: the Blank template and the root tag, both with the
 * zero UUID that the entry point's special_objects point to.
 */
import type { Store } from '../store/store.ts';
import { ZERO_ID } from './views.ts';

export function ensureBuiltins(store: Store): void {
  store.transaction(() => {
    if (!store.get('templates', ZERO_ID, '')) {
      store.insert('templates', {
        id: ZERO_ID,
        name: 'Blank',
        description: 'Blank template',
        status: 'ok',
        type: 'server',
        memory: 1024 ** 3,
        cpu: { architecture: 'x86_64', topology: { cores: 1, sockets: 1, threads: 1 } },
        os: { type: 'other', boot: { devices: ['hd'] } },
        creation_time: '2008-04-01T00:00:00.000Z',
        stateless: false,
        delete_protected: false,
        version: { version_number: 1, version_name: 'base version', base_template: { id: ZERO_ID } },
      });
    }
    if (!store.get('tags', ZERO_ID, '')) store.insert('tags', { id: ZERO_ID, name: 'root', description: 'root' });
  });
}
