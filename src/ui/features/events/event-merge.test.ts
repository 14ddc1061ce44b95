import { describe, expect, it } from 'vitest';
import { eventIndex, highestIndex, mergeEvents } from './event-merge.ts';
import { atLeast, severitySearch } from './severity.ts';

const ev = (index: number, description = `e${index}`) => ({ id: String(index), fields: { index, description } });

describe('event merging for from= polling', () => {
  it('puts new events on top, newest first, without duplicates', () => {
    const current = [ev(12), ev(11), ev(10)];
    const incoming = [ev(14), ev(13), ev(12, 'again')];
    const merged = mergeEvents(current, incoming);
    expect(merged.map(eventIndex)).toEqual([14, 13, 12, 11, 10]);
    expect(merged.find((e) => eventIndex(e) === 12)?.fields.description).toBe('again');
  });

  it('orders by index even when the engine answers out of order', () => {
    expect(mergeEvents([], [ev(3), ev(9), ev(5)]).map(eventIndex)).toEqual([9, 5, 3]);
  });

  it('drops the oldest past the limit', () => {
    const merged = mergeEvents([ev(3), ev(2), ev(1)], [ev(5), ev(4)], 4);
    expect(merged.map(eventIndex)).toEqual([5, 4, 3, 2]);
  });

  it('tracks the highest index to poll from, reading the id when index is absent', () => {
    expect(highestIndex([])).toBeUndefined();
    expect(highestIndex([ev(7), ev(21), ev(4)])).toBe(21);
    expect(highestIndex([{ id: '99', fields: {} }, ev(5)])).toBe(99);
  });
});

describe('severity filter', () => {
  it('builds the engine search clause', () => {
    expect(severitySearch('normal')).toBe('');
    expect(severitySearch('warning')).toBe('severity>=warning');
    expect(severitySearch('alert')).toBe('severity>=alert');
  });
  it('ranks severities', () => {
    expect(atLeast('error', 'warning')).toBe(true);
    expect(atLeast('normal', 'warning')).toBe(false);
    expect(atLeast('ALERT', 'error')).toBe(true);
  });
});

import { advanceFeed, firstFeed } from './event-merge.ts';
describe('feed state across polls', () => {
  it('starts with the first page as the baseline and nothing arrived', () => {
    expect(firstFeed([ev(12), ev(11)])).toEqual({ events: [ev(12), ev(11)], highest: 12, arrived: 0, baseline: 12 });
  });
  it('adds only events above the highest index, counts them, and keeps the baseline', () => {
    const first = firstFeed([ev(12), ev(11)]);
    const next = advanceFeed(first, [ev(12, 'resent'), ev(13), ev(14)]);
    expect(next.events.map(eventIndex)).toEqual([14, 13, 12, 11]);
    expect(next.events[2].fields.description).toBe('e12');
    expect(next).toMatchObject({ highest: 14, arrived: 2, baseline: 12 });
    expect(advanceFeed(next, [ev(15)])).toMatchObject({ highest: 15, arrived: 3, baseline: 12 });
  });
  it('returns the same state when the poll brought nothing new', () => {
    const first = firstFeed([ev(3)]);
    expect(advanceFeed(first, [])).toBe(first);
    expect(advanceFeed(first, [ev(3)])).toBe(first);
  });
  it('treats every event of an empty first page as new', () => {
    const empty = firstFeed([]);
    expect(empty.baseline).toBeUndefined();
    expect(advanceFeed({ ...empty, highest: 0 }, [ev(1)]).baseline).toBe(-1);
  });
});
