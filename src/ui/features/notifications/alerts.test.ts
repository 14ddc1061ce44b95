import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../api/resource.ts';
import { alertsSince, unreadCount } from './alerts.ts';
import { correlationSearch } from './api/get-jobs.ts';

const ev = (index: number, severity: string, time: string): Resource => ({ kind: 'event', id: String(index), fields: { index, severity, time }, links: {}, actions: {} });

describe('drawer alerts', () => {
  const events = [ev(5, 'error', '2026-01-01T10:05:00Z'), ev(4, 'normal', '2026-01-01T10:04:00Z'), ev(3, 'warning', '2026-01-01T10:03:00Z'), ev(1, 'alert', '2026-01-01T09:00:00Z')];
  it('keeps warning or worse since login', () => {
    expect(alertsSince(events, Date.parse('2026-01-01T10:00:00Z')).map((e) => e.id)).toEqual(['5', '3']);
  });
  it('counts unread above the last index marked read', () => {
    const a = alertsSince(events, 0);
    expect(unreadCount(a, -1)).toBe(3);
    expect(unreadCount(a, 3)).toBe(1);
    expect(unreadCount(a, 5)).toBe(0);
  });
  it('follows several correlation ids in one search', () => {
    expect(correlationSearch(['a-1', 'b_2'])).toBe('correlation_id=a-1 or correlation_id=b_2');
  });
});
