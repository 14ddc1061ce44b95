import { describe, expect, it } from 'vitest';
import { isAffectedBy, queryKeys } from './query-keys.ts';

const vm = '/ovirt-engine/api/vms/1';

describe('queryKeys', () => {
  it('normalises collection params so equal pages share a key', () => {
    expect(queryKeys.collection('/x', {})).toEqual(queryKeys.collection('/x', { search: '', page: 1 }));
    expect(queryKeys.collection('/x', { page: 2 })).not.toEqual(queryKeys.collection('/x', { page: 1 }));
  });
  it('finds the queries a change to a resource affects', () => {
    expect(isAffectedBy(queryKeys.resource(vm), vm)).toBe(true);
    expect(isAffectedBy(queryKeys.collection('/ovirt-engine/api/vms', { page: 3 }), vm)).toBe(true);
    expect(isAffectedBy(queryKeys.collection(`${vm}/nics`, {}), vm)).toBe(true);
    expect(isAffectedBy(queryKeys.entryPoint(), vm)).toBe(true);
    expect(isAffectedBy(queryKeys.resource('/ovirt-engine/api/vms/10'), vm)).toBe(false);
    expect(isAffectedBy(queryKeys.collection('/ovirt-engine/api/hosts', {}), vm)).toBe(false);
    expect(isAffectedBy(queryKeys.me, vm)).toBe(false);
  });
});
