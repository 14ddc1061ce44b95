import { describe, expect, it } from 'vitest';
import { actionLabel, splitActions } from './action-rules.ts';

describe('splitActions / actionLabel', () => {
  it('puts the portal toolbar actions first', () => {
    const { primary, more } = splitActions('vm', ['clone', 'migrate', 'start', 'stop', 'export']);
    expect(primary).toEqual(['start', 'stop', 'migrate']);
    expect(more).toEqual(['clone', 'export']);
  });
  it('names actions as admins know them', () => {
    expect(actionLabel('vm', 'start')).toBe('Run');
    expect(actionLabel('host', 'deactivate')).toBe('Maintenance');
    expect(actionLabel('storage_domain', 'deactivate')).toBe('Deactivate');
    expect(actionLabel('vm', 'some_new_thing')).toBe('Some new thing');
  });
});
