import { describe, expect, it } from 'vitest';
import type { Structure } from '../../../api/resource.ts';
import { targetsOf } from './iscsi-targets.ts';

const s = (fields: Structure['fields']): Structure => ({ fields, links: {}, actions: {} });

describe('targetsOf', () => {
  it('reads target names from iscsidiscover', () => {
    expect(targetsOf({ status: 'complete', resource: s({ iscsi_targets: ['iqn.a', 'iqn.b'] }) })).toEqual(['iqn.a', 'iqn.b']);
  });
  it('reads target details from discoveriscsi', () => {
    expect(targetsOf({ status: 'complete', resource: s({ discovered_targets: [s({ address: '10.0.0.1', target: 'iqn.c' }), s({ address: '10.0.0.1' })] }) })).toEqual(['iqn.c']);
  });
  it('finds nothing in an answer without targets', () => {
    expect(targetsOf({ status: 'complete' })).toEqual([]);
  });
});
