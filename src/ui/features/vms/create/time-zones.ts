// A VM's time zone is named differently by guest family: Windows guests take Windows zone
// names ("GMT Standard Time"), the others tz database names ("Etc/GMT"), as the engine's
// defaults (DefaultWindowsTimeZone, DefaultGeneralTimeZone) do.

export interface TimeZoneChoice {
  name: string;
  /** Offset shown next to the name, as the portal lists them. */
  offset: string;
}

export const GENERAL_TIME_ZONES: TimeZoneChoice[] = [
  { name: 'Etc/GMT', offset: 'GMT+00:00' },
  { name: 'Europe/London', offset: 'GMT+00:00' },
  { name: 'Europe/Paris', offset: 'GMT+01:00' },
  { name: 'Europe/Berlin', offset: 'GMT+01:00' },
  { name: 'Europe/Prague', offset: 'GMT+01:00' },
  { name: 'Europe/Helsinki', offset: 'GMT+02:00' },
  { name: 'Asia/Jerusalem', offset: 'GMT+02:00' },
  { name: 'Europe/Moscow', offset: 'GMT+03:00' },
  { name: 'Asia/Dubai', offset: 'GMT+04:00' },
  { name: 'Asia/Kolkata', offset: 'GMT+05:30' },
  { name: 'Asia/Shanghai', offset: 'GMT+08:00' },
  { name: 'Asia/Tokyo', offset: 'GMT+09:00' },
  { name: 'Australia/Sydney', offset: 'GMT+10:00' },
  { name: 'Pacific/Auckland', offset: 'GMT+12:00' },
  { name: 'America/Sao_Paulo', offset: 'GMT-03:00' },
  { name: 'America/New_York', offset: 'GMT-05:00' },
  { name: 'America/Chicago', offset: 'GMT-06:00' },
  { name: 'America/Denver', offset: 'GMT-07:00' },
  { name: 'America/Los_Angeles', offset: 'GMT-08:00' },
  { name: 'Pacific/Honolulu', offset: 'GMT-10:00' },
];

export const WINDOWS_TIME_ZONES: TimeZoneChoice[] = [
  { name: 'GMT Standard Time', offset: 'GMT+00:00' },
  { name: 'Greenwich Standard Time', offset: 'GMT+00:00' },
  { name: 'Romance Standard Time', offset: 'GMT+01:00' },
  { name: 'W. Europe Standard Time', offset: 'GMT+01:00' },
  { name: 'Central Europe Standard Time', offset: 'GMT+01:00' },
  { name: 'FLE Standard Time', offset: 'GMT+02:00' },
  { name: 'Israel Standard Time', offset: 'GMT+02:00' },
  { name: 'Russian Standard Time', offset: 'GMT+03:00' },
  { name: 'Arabian Standard Time', offset: 'GMT+04:00' },
  { name: 'India Standard Time', offset: 'GMT+05:30' },
  { name: 'China Standard Time', offset: 'GMT+08:00' },
  { name: 'Tokyo Standard Time', offset: 'GMT+09:00' },
  { name: 'AUS Eastern Standard Time', offset: 'GMT+10:00' },
  { name: 'New Zealand Standard Time', offset: 'GMT+12:00' },
  { name: 'E. South America Standard Time', offset: 'GMT-03:00' },
  { name: 'Eastern Standard Time', offset: 'GMT-05:00' },
  { name: 'Central Standard Time', offset: 'GMT-06:00' },
  { name: 'Mountain Standard Time', offset: 'GMT-07:00' },
  { name: 'Pacific Standard Time', offset: 'GMT-08:00' },
  { name: 'Hawaiian Standard Time', offset: 'GMT-10:00' },
];

/** Windows guests: the engine's OS names all start with `windows`. */
export function isWindowsOs(osName: string | undefined): boolean {
  return !!osName && /^windows/i.test(osName);
}

export function timeZonesFor(osName: string | undefined): TimeZoneChoice[] {
  return isWindowsOs(osName) ? WINDOWS_TIME_ZONES : GENERAL_TIME_ZONES;
}

export function defaultTimeZone(osName: string | undefined): string {
  return timeZonesFor(osName)[0].name;
}

/** Keeps `current` when it is valid for the new OS, else that OS family's default. */
export function timeZoneAfterOsChange(current: string, osName: string | undefined): string {
  return timeZonesFor(osName).some((z) => z.name === current) ? current : defaultTimeZone(osName);
}
