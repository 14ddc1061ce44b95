import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumb-trail.ts';

describe('breadcrumbTrail', () => {
  it('alternates collection titles and resource steps', () => {
    expect(breadcrumbTrail('/vms/v1/nics?page=2', '/ovirt-engine/api')).toEqual([
      { label: 'Virtual machines', route: '/vms' },
      { label: 'v1', route: '/vms/v1', href: '/ovirt-engine/api/vms/v1' },
      { label: 'Network interfaces', route: '/vms/v1/nics' },
    ]);
    expect(breadcrumbTrail('/', '/ovirt-engine/api')).toEqual([]);
  });
});
