import { describe, expect, it } from 'vitest';
import type { Resource, Structure } from '../../../../api/resource.ts';
import { lunsOf } from './iscsi-luns.ts';

const lun = (id: string, target: string | undefined, size?: number): Structure => ({
  id, links: {}, actions: {}, fields: { ...(target ? { target } : {}), ...(size ? { size } : {}), vendor_id: 'LIO-ORG', product_id: 'lun' },
});
const storage = (units: Structure[]): Resource => ({ kind: 'host_storage', id: 's', links: {}, actions: {}, fields: { type: 'iscsi', logical_units: { fields: { logical_unit: units }, links: {}, actions: {} } } });

describe('lunsOf', () => {
  it('keeps the LUNs of the chosen target, wrapped list or not', () => {
    const items = [storage([lun('a', 'iqn.one', 1024), lun('b', 'iqn.two')]), { ...storage([]), fields: { logical_units: [lun('c', undefined)] } }];
    expect(lunsOf(items, 'iqn.one')).toEqual([
      { id: 'a', size: 1024, label: 'a (LIO-ORG lun)', used: false },
      { id: 'c', size: undefined, label: 'c (LIO-ORG lun)', used: false },
    ]);
  });

  it('marks LUNs that already belong to a volume group', () => {
    const busy = { ...lun('d', 'iqn.one'), fields: { target: 'iqn.one', status: 'used', volume_group_id: 'vg1' } };
    expect(lunsOf([storage([busy, lun('e', 'iqn.one')])], 'iqn.one').map((l) => [l.id, l.used])).toEqual([['e', false], ['d', true]]);
  });

  it('gives nothing for storage without LUNs', () => {
    expect(lunsOf([{ kind: 'host_storage', id: 'x', links: {}, actions: {}, fields: {} }], '')).toEqual([]);
  });
});
