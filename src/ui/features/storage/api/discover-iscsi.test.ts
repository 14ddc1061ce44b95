import { describe, expect, it } from 'vitest';
import type { Structure } from '../../../../api/resource.ts';
import { targetsOf } from './discover-iscsi.ts';

const s = (fields: Structure['fields']): Structure => ({ fields, links: {}, actions: {} });

describe('targetsOf', () => {
  it('reads the detailed answer (discovered_targets) and the plain one (iscsi_targets)', () => {
    const detailed = s({ discovered_targets: s({ iscsi_details: [s({ target: 'iqn.a', address: '10.0.0.5' }), s({ target: 'iqn.b' })] }) });
    expect(targetsOf(detailed)).toEqual(['iqn.a', 'iqn.b']);
    const plain = s({ iscsi_targets: s({ iscsi_target: ['iqn.c', 'iqn.a'] }) });
    expect(targetsOf(plain)).toEqual(['iqn.c', 'iqn.a']);
  });

  it('lists a target once when both are present, and nothing without an answer', () => {
    const both = s({ discovered_targets: [s({ target: 'iqn.a' })], iscsi_targets: ['iqn.a', 'iqn.b'] });
    expect(targetsOf(both)).toEqual(['iqn.a', 'iqn.b']);
    expect(targetsOf(undefined)).toEqual([]);
    expect(targetsOf(s({}))).toEqual([]);
  });
});
