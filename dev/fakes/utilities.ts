/** Utilities: dates in a zone, UUIDs, blobs, base64, and a sleep that waits for nothing. */
import { FakeBlob, utf8Decode, utf8Encode } from './blob';
import { Facade } from './calls/counting';
import { makeEnum } from './enums';
import { gasError } from './errors';
import { isDateLike } from './realm';
import { formatDate, parseDate } from './time/format';

export const Charset = makeEnum('US_ASCII', 'UTF_8');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i] & 0xff, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (((b ?? 0) & 0xff) << 8) | ((c ?? 0) & 0xff);
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
    out += b === undefined ? '=' : BASE64[(n >> 6) & 63];
    out += c === undefined ? '=' : BASE64[n & 63];
  }
  return out;
}

function base64Decode(text: string): number[] {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | Math.max(0, BASE64.indexOf(clean[i + k] ?? 'A')), 0);
    bytes.push((n >> 16) & 0xff);
    if (clean[i + 2] !== undefined) bytes.push((n >> 8) & 0xff);
    if (clean[i + 3] !== undefined) bytes.push(n & 0xff);
  }
  return bytes.map((b) => (b << 24) >> 24);
}

export class FakeUtilities extends Facade {
  static gasName = 'Utilities';
  static service = 'Utilities';

  readonly Charset = Charset;

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateLike(date)) throw gasError(`The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`);
    return formatDate(date, String(timeZone), String(format));
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(String(date), String(timeZone), String(format));
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%[sdif%]/g, (m) => (m === '%%' ? '%' : String(args[i++])));
  }
  getUuid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
  }
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0) throw gasError('Invalid argument: milliseconds');
  }
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(typeof data === 'string' ? data : Array.from(data), contentType ?? null, name ?? null);
  }
  base64Encode(data: string | number[]): string {
    return base64Encode(typeof data === 'string' ? utf8Encode(data) : data);
  }
  base64Decode(encoded: string): number[] {
    return base64Decode(String(encoded));
  }
  newBlobFromBase64(encoded: string): FakeBlob {
    return new FakeBlob(base64Decode(encoded));
  }
  stringFromBytes(bytes: number[]): string {
    return utf8Decode(bytes);
  }
}
