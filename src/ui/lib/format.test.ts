import { describe, expect, it } from 'vitest';
import { formatBytes, formatStatistic, formatUptime, looksLikeDate } from './format.ts';
import { humanize, collectionTitle } from './titles.ts';

describe('formatBytes', () => {
  it('uses binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(2147483648)).toBe('2 GiB');
    expect(formatBytes(1536 * 1024 * 1024)).toBe('1.5 GiB');
    expect(formatBytes(500 * 1024 ** 4)).toBe('500 TiB');
  });
});

describe('formatUptime', () => {
  const now = Date.parse('2024-03-05T10:00:00Z');
  it('counts days, hours and minutes', () => {
    expect(formatUptime('2024-03-02T08:00:00Z', now)).toBe('3 d 2 h');
    expect(formatUptime('2024-03-05T04:48:00Z', now)).toBe('5 h 12 min');
    expect(formatUptime('2024-03-05T09:59:30Z', now)).toBe('< 1 min');
    expect(formatUptime('not a date', now)).toBe('');
  });
});

describe('names', () => {
  it('humanises enum and kind names with admin acronyms', () => {
    expect(humanize('powering_up')).toBe('Powering up');
    expect(humanize('cpu_profile')).toBe('CPU profile');
    expect(humanize('iscsi')).toBe('iSCSI');
    expect(humanize('iso')).toBe('ISO');
    expect(collectionTitle('vms')).toBe('Virtual machines');
    expect(collectionTitle('somethingnew')).toBe('Somethingnew');
    expect(looksLikeDate('2024-03-02T08:00:00.000+01:00')).toBe(true);
    expect(looksLikeDate('web1')).toBe(false);
  });
});

describe('formatStatistic', () => {
  it('formats a datum in its unit', () => {
    expect(formatStatistic(8589934592, 'bytes')).toBe('8 GiB');
    expect(formatStatistic(2048, 'bytes_per_second')).toBe('2 KiB/s');
    expect(formatStatistic(12.345, 'percent')).toBe('12.35 %');
    expect(formatStatistic(3, 'seconds')).toBe('3 s');
    expect(formatStatistic(7, 'none')).toBe('7');
  });
});
