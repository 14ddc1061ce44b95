import { describe, expect, it } from 'vitest';
import { DEVICE_TOGGLES, toggleApplies, toggleById } from './device-toggles.ts';
import { resource } from './test-resources.ts';

const shown = (r: ReturnType<typeof resource>) => DEVICE_TOGGLES.filter((t) => toggleApplies(t, r)).map((t) => t.id);

describe('device toggles', () => {
  it('offers the opposite of the current state only', () => {
    expect(shown(resource('nic', 'n1', { plugged: true, linked: true }))).toEqual(['nic-unplug', 'nic-unlink']);
    expect(shown(resource('nic', 'n1', { plugged: false, linked: false }))).toEqual(['nic-plug', 'nic-link']);
    expect(shown(resource('disk_attachment', 'd1', { active: false }))).toEqual(['disk-activate']);
  });
  it('offers nothing when the engine does not report the field, or for other kinds', () => {
    expect(shown(resource('nic', 'n1', {}))).toEqual([]);
    expect(shown(resource('host_nic', 'n1', { plugged: true }))).toEqual([]);
  });
  it('finds a toggle by id', () => {
    expect(toggleById('disk-deactivate')).toMatchObject({ field: 'active', value: false });
    expect(toggleById('nope')).toBeUndefined();
  });
});
