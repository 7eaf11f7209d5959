/**
 * Wall-clock arithmetic in an IANA time zone with Intl (the realm's own), and
 * Sheets date serials (days since 1899-12-30, the fraction is the time of day).
 */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 1 = Monday … 7 = Sunday (ISO, as Java's 'u')
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java falls back to GMT for an unknown zone id; so do we. */
export function normaliseZone(timeZone: string): string {
  if (formatters.has(timeZone)) return timeZone;
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallTime(epochMs: number, timeZone: string): WallTime {
  const parts = formatterFor(normaliseZone(timeZone)).formatToParts(new Date(epochMs));
  const w: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: ((epochMs % 1000) + 1000) % 1000, weekday: 1 };
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        w.year = Number(part.value);
        break;
      case 'month':
        w.month = Number(part.value);
        break;
      case 'day':
        w.day = Number(part.value);
        break;
      case 'hour':
        w.hour = Number(part.value) % 24;
        break;
      case 'minute':
        w.minute = Number(part.value);
        break;
      case 'second':
        w.second = Number(part.value);
        break;
      case 'weekday':
        w.weekday = WEEKDAYS[part.value] ?? 1;
        break;
      case 'era':
        bc = part.value === 'BC';
        break;
      default:
        break;
    }
  }
  if (bc) w.year = 1 - w.year;
  return w;
}

/** Offset of the zone from UTC at an instant, in ms (Stockholm winter: +3,600,000). */
export function offsetAt(epochMs: number, timeZone: string): number {
  const w = wallTime(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - epochMs;
}

/** The instant a wall-clock time happens in the zone (the later reading in a DST gap). */
export function zonedEpoch(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
  timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  let guess = asUtc - offsetAt(asUtc, timeZone);
  const corrected = asUtc - offsetAt(guess, timeZone);
  if (corrected !== guess) guess = corrected;
  return guess;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - SERIAL_EPOCH_UTC) / MS_PER_DAY);
}

export function civilFromDayNumber(days: number): { year: number; month: number; day: number } {
  const d = new Date(SERIAL_EPOCH_UTC + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const serialCache = new Map<string, Map<number, number>>();

/** The Sheets serial of an instant as the clock in `timeZone` reads it (memoised: sheets repeat few instants). */
export function serialFromEpoch(epochMs: number, timeZone: string): number {
  let cache = serialCache.get(timeZone);
  if (!cache) serialCache.set(timeZone, (cache = new Map()));
  let serial = cache.get(epochMs);
  if (serial === undefined) {
    const w = wallTime(epochMs, timeZone);
    const seconds = w.hour * 3600 + w.minute * 60 + w.second + w.millisecond / 1000;
    serial = dayNumber(w.year, w.month, w.day) + seconds / 86_400;
    if (cache.size > 200_000) cache.clear();
    cache.set(epochMs, serial);
  }
  return serial;
}

/** The instant of a Sheets serial in `timeZone` (a whole serial is local midnight). */
export function epochFromSerial(serial: number, timeZone: string): number {
  const days = Math.floor(serial);
  const { year, month, day } = civilFromDayNumber(days);
  const msOfDay = Math.round((serial - days) * MS_PER_DAY);
  return zonedEpoch(year, month, day, 0, 0, 0, 0, timeZone) + msOfDay;
}
