/**
 * Utilities.formatDate / parseDate patterns (java.text.SimpleDateFormat, the
 * letters scripts use): y M d E u H k h K a m s S Z X z, and 'quoted' text.
 */
import { gasError } from '../errors';
import { normaliseZone, offsetAt, wallTime, zonedEpoch } from './zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Token {
  letter: string;
  count: number;
  literal?: string;
}

const tokenCache = new Map<string, Token[]>();

function tokenize(pattern: string): Token[] {
  const cached = tokenCache.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        tokens.push({ letter: '', count: 0, literal: "'" });
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ letter: '', count: 0, literal: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      if (!/[GyYMLdDEuFwWHkKhamsSzZX]/.test(ch)) throw gasError(`Illegal pattern character '${ch}'`);
      tokens.push({ letter: ch, count: j - i });
      i = j;
    } else {
      tokens.push({ letter: '', count: 0, literal: ch });
      i++;
    }
  }
  tokenCache.set(pattern, tokens);
  return tokens;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(offsetMinutes: number, letter: string, count: number): string {
  if (letter === 'X' && offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offsetMinutes) / 60), 2);
  const minutes = pad(Math.abs(offsetMinutes) % 60, 2);
  if (letter === 'Z') return `${sign}${hours}${minutes}`;
  if (count === 1) return `${sign}${hours}`;
  if (count === 2) return `${sign}${hours}${minutes}`;
  return `${sign}${hours}:${minutes}`;
}

function zoneName(epochMs: number, timeZone: string, long: boolean): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' }).formatToParts(new Date(epochMs));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const epoch = date.getTime();
  if (Number.isNaN(epoch)) throw gasError('Invalid argument: date');
  const zone = normaliseZone(timeZone);
  const w = wallTime(epoch, zone);
  let out = '';
  for (const t of tokenize(pattern)) {
    if (t.literal !== undefined) {
      out += t.literal;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday - 1] : DAYS[w.weekday - 1].slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'Z':
      case 'X':
        out += offsetText(Math.round(offsetAt(epoch, zone) / 60_000), t.letter, n);
        break;
      case 'z':
        out += zoneName(epoch, zone, n >= 4);
        break;
      case 'D':
      case 'F':
      case 'w':
      case 'W': {
        const startOfYear = Date.UTC(w.year, 0, 1);
        const dayOfYear = Math.round((Date.UTC(w.year, w.month - 1, w.day) - startOfYear) / 86_400_000) + 1;
        const value = t.letter === 'D' ? dayOfYear : t.letter === 'F' ? Math.ceil(w.day / 7) : Math.ceil(dayOfYear / 7);
        out += pad(value, n);
        break;
      }
      default:
        throw gasError(`Illegal pattern character '${t.letter}'`);
    }
  }
  return out;
}

/** Utilities.parseDate for numeric fields and offsets; throws like Java on a mismatch. */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const fields: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0 };
  let offsetMinutes: number | null = null;
  let pos = 0;
  let pm: boolean | null = null;
  const fail = () => gasError(`Unparseable date: "${text}"`);
  for (const t of tokenize(pattern)) {
    if (t.literal !== undefined) {
      if (text.slice(pos, pos + t.literal.length) !== t.literal) throw fail();
      pos += t.literal.length;
      continue;
    }
    if (t.letter === 'Z' || t.letter === 'X') {
      const m = /^(Z|[+-]\d{2}(:?\d{2})?)/.exec(text.slice(pos));
      if (!m) throw fail();
      pos += m[0].length;
      if (m[0] === 'Z') offsetMinutes = 0;
      else {
        const digits = m[0].replace(':', '');
        const sign = digits[0] === '-' ? -1 : 1;
        offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
      }
      continue;
    }
    if (t.letter === 'a') {
      const m = /^(AM|PM)/i.exec(text.slice(pos));
      if (!m) throw fail();
      pm = m[0].toUpperCase() === 'PM';
      pos += 2;
      continue;
    }
    if (t.letter === 'M' && t.count >= 3) {
      const index = MONTHS.findIndex((name) => text.slice(pos).toLowerCase().startsWith((t.count === 3 ? name.slice(0, 3) : name).toLowerCase()));
      if (index < 0) throw fail();
      fields.M = index + 1;
      pos += t.count === 3 ? 3 : MONTHS[index].length;
      continue;
    }
    const m = /^\d+/.exec(text.slice(pos));
    if (!m) throw fail();
    const digits = t.count > 1 && /[MdHhms]/.test(t.letter) ? m[0].slice(0, Math.max(t.count, 2)) : m[0];
    pos += digits.length;
    const key = t.letter === 'k' || t.letter === 'h' || t.letter === 'K' ? 'H' : t.letter;
    fields[key] = Number(digits);
  }
  if (pm !== null) fields.H = (fields.H % 12) + (pm ? 12 : 0);
  if (offsetMinutes !== null) {
    return new Date(Date.UTC(fields.y, fields.M - 1, fields.d, fields.H, fields.m, fields.s, fields.S) - offsetMinutes * 60_000);
  }
  return new Date(zonedEpoch(fields.y, fields.M, fields.d, fields.H, fields.m, fields.s, fields.S, normaliseZone(timeZone)));
}
