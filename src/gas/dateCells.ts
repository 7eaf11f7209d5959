/**
 * The shell's date conversion (the domain only ever sees `YYYY-MM-DD`).
 * Sheets hands back a Date at local midnight in the spreadsheet's time zone;
 * formatting it in that zone gives the calendar day the user typed.
 */
import type { CellValue, IsoDate } from '../domain/model';

export type DateToIso = (date: Date) => IsoDate;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Calendar day of an instant in `timeZone`, computed in JavaScript with Intl
 * (no service call, so a refresh costs the same at any size), memoised per
 * instant: 200,000 sessions hold only a few hundred distinct days. Where Intl
 * lacks the zone, Utilities.formatDate answers instead.
 */
export function dateFormatterFor(timeZone: string): DateToIso {
  const cache = new Map<number, IsoDate>();
  const viaIntl = intlFormatter(timeZone);
  return (date) => {
    const time = date.getTime();
    let iso = cache.get(time);
    if (iso === undefined) {
      iso = (viaIntl && viaIntl(date)) || Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      cache.set(time, iso);
    }
    return iso;
  };
}

function intlFormatter(timeZone: string): ((date: Date) => IsoDate | null) | null {
  try {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return (date) => {
      const parts: Record<string, string> = {};
      for (const part of format.formatToParts(date)) parts[part.type] = part.value;
      const iso = `${parts.year}-${parts.month}-${parts.day}`;
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
    };
  } catch {
    return null;
  }
}

/** One cell from getValues() as the domain sees it. */
export function toCellValue(value: unknown, toIso: DateToIso): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : toIso(value);
  return String(value);
}

/** Today in the spreadsheet's time zone: the one clock of a server call. */
export function todayIn(toIso: DateToIso, now: Date = new Date()): IsoDate {
  return toIso(now);
}

/**
 * Wall-clock `YYYY-MM-DD HH:MM` of an instant in `timeZone` (a trigger has no
 * spreadsheet to ask; the zone comes from the snapshot). Intl first, like
 * dateFormatterFor; Utilities.formatDate where Intl lacks the zone.
 */
export function localMinuteIn(timeZone: string, now: Date = new Date()): string {
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(now)) parts[part.type] = part.value;
    const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text)) return text;
  } catch {
    // fall through to Utilities
  }
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm');
}
