import { describe, expect, it } from 'vitest';
import { defaultTimeZone, GENERAL_TIME_ZONES, isWindowsOs, timeZoneAfterOsChange, timeZonesFor, WINDOWS_TIME_ZONES } from './time-zones.ts';

describe('time zones', () => {
  it('tells Windows guests from the others by OS name', () => {
    expect(isWindowsOs('windows_2019x64')).toBe(true);
    expect(isWindowsOs('windows_11')).toBe(true);
    expect(isWindowsOs('rhel_9x64')).toBe(false);
    expect(isWindowsOs(undefined)).toBe(false);
  });
  it('offers Windows names to Windows guests and tz names to the others', () => {
    expect(defaultTimeZone('windows_10x64')).toBe('GMT Standard Time');
    expect(defaultTimeZone('other')).toBe('Etc/GMT');
    expect(timeZonesFor('windows_10x64').every((z) => !z.name.includes('/'))).toBe(true);
    expect(timeZonesFor('rhel_8x64').every((z) => z.name.includes('/'))).toBe(true);
  });
  it('keeps a zone valid for the new OS, otherwise falls back to its family default', () => {
    expect(timeZoneAfterOsChange('Europe/Paris', 'rhel_9x64')).toBe('Europe/Paris');
    expect(timeZoneAfterOsChange('Europe/Paris', 'windows_2019x64')).toBe('GMT Standard Time');
    expect(timeZoneAfterOsChange('Tokyo Standard Time', 'debian_9')).toBe('Etc/GMT');
  });
  it('has no duplicate names', () => {
    for (const list of [GENERAL_TIME_ZONES, WINDOWS_TIME_ZONES]) expect(new Set(list.map((z) => z.name)).size).toBe(list.length);
  });
});
