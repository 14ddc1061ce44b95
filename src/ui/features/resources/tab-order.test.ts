import { describe, expect, it } from 'vitest';
import { orderTabs } from './tab-order.ts';

describe('orderTabs', () => {
  it('puts the portal sub-tabs first and sorts the rest', () => {
    expect(orderTabs(['statistics', 'zeta', 'permissions', 'nics', 'alpha', 'diskattachments'])).toEqual(['nics', 'diskattachments', 'permissions', 'statistics', 'alpha', 'zeta']);
  });
});
