import { describe, expect, it } from 'vitest';
import { actionLabel, isActionEnabled, splitActions } from './action-rules.ts';

describe('isActionEnabled', () => {
  it('follows the engine status matrix for VMs', () => {
    expect(isActionEnabled('vm', 'start', 'down')).toBe(true);
    expect(isActionEnabled('vm', 'start', 'up')).toBe(false);
    expect(isActionEnabled('vm', 'shutdown', 'up')).toBe(true);
    expect(isActionEnabled('vm', 'shutdown', 'down')).toBe(false);
    expect(isActionEnabled('vm', 'cancel_migration', 'migrating')).toBe(true);
    expect(isActionEnabled('vm', 'suspend', 'UP')).toBe(true);
  });
  it('follows it for hosts and attached storage domains', () => {
    expect(isActionEnabled('host', 'deactivate', 'up')).toBe(true);
    expect(isActionEnabled('host', 'deactivate', 'maintenance')).toBe(false);
    expect(isActionEnabled('host', 'activate', 'maintenance')).toBe(true);
    expect(isActionEnabled('storage_domain', 'activate', 'active')).toBe(false);
  });
  it('leaves unknown kinds, actions and missing statuses enabled', () => {
    expect(isActionEnabled('gizmo', 'start', 'down')).toBe(true);
    expect(isActionEnabled('vm', 'screenshot', 'down')).toBe(true);
    expect(isActionEnabled('vm', 'start', undefined)).toBe(true);
  });
});

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
