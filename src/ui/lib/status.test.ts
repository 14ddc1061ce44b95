import { describe, expect, it } from 'vitest';
import { isTransitional, statusTone } from './status.ts';

describe('statusTone / isTransitional', () => {
  it('maps engine statuses to tones', () => {
    expect(statusTone('up')).toBe('success');
    expect(statusTone('UP')).toBe('success');
    expect(statusTone('down')).toBe('off');
    expect(statusTone('non_responsive')).toBe('danger');
    expect(statusTone('maintenance')).toBe('warning');
    expect(statusTone('suspended')).toBe('paused');
    expect(statusTone('brand_new_state')).toBe('info');
  });
  it('treats in-between states as transitional', () => {
    expect(isTransitional('powering_up')).toBe(true);
    expect(isTransitional('preparing_for_maintenance')).toBe(true);
    expect(isTransitional('image_locked')).toBe(true);
    expect(isTransitional('up')).toBe(false);
    expect(isTransitional('down')).toBe(false);
    expect(isTransitional(undefined)).toBe(false);
  });
});
