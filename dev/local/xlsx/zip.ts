/**
 * The zip container of an .xlsx, read and written with node:zlib only. A save
 * replaces a few parts (the changed sheets, styles.xml…) and copies every other
 * entry's compressed bytes as they are, so an untouched part is byte for byte
 * what the file held and costs no recompression.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data as stored in the zip (compressed when method is 8). */
  raw: Uint8Array;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
  /** General-purpose flags kept for the name's encoding (bit 11: UTF-8). */
  utf8: boolean;
  /** "Version made by" and the file attributes it qualifies, kept as the file had them. */
  madeBy: number;
  externalAttributes: number;
}

/** Why a zip could not be read: the caller turns it into the user's "could not be read" message. */
export class ZipError extends Error {}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const MAX_COMMENT = 0xffff;

function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === END) return i;
  throw new ZipError('no end of central directory');
}

/** The entries of a zip, in the order of its central directory. */
export function readZip(bytes: Buffer): ZipEntry[] {
  if (bytes.length < 22) throw new ZipError('too short');
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff) throw new ZipError('zip64 is not supported');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipError('broken central directory');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    if (flags & 1) throw new ZipError('encrypted entry');
    if (method !== 0 && method !== 8) throw new ZipError(`compression method ${method}`);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipError('broken local header');
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (data + compressed > bytes.length) throw new ZipError('entry past the end');
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      crc: bytes.readUInt32LE(at + 16),
      size: bytes.readUInt32LE(at + 24),
      raw: bytes.subarray(data, data + compressed),
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      utf8: (flags & 0x800) !== 0,
      madeBy: bytes.readUInt16LE(at + 4),
      externalAttributes: bytes.readUInt32LE(at + 38),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The entry's content, uncompressed. */
export function entryBytes(entry: ZipEntry): Buffer {
  // One output chunk of the known size: no concatenation of a 50 MB sheet from 16 kB pieces.
  const out = entry.method === 8 ? inflateRawSync(entry.raw, { chunkSize: Math.max(64 * 1024, entry.size + 1) }) : Buffer.from(entry.raw);
  if (out.length !== entry.size) throw new ZipError(`${entry.name}: wrong size`);
  return out;
}

export function entryText(entry: ZipEntry): string {
  return entryBytes(entry).toString('utf8');
}

function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: (Math.max(0, now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A new entry holding `content`, deflated. */
export function makeEntry(name: string, content: string | Buffer, now: Date): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    name,
    method: 8,
    crc: crc32(data) >>> 0,
    size: data.length,
    raw: deflateRawSync(data),
    ...dosTime(now),
    utf8: /[^\x20-\x7e]/.test(name),
    madeBy: 20,
    externalAttributes: 0,
  };
}

/** The zip holding these entries in this order (no data descriptors, no extra fields). */
export function writeZip(entries: ZipEntry[]): Buffer {
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * names[i].length + e.raw.length));
  if (total > 0xffffffff || entries.length >= 0xffff) throw new ZipError('too large for a zip without zip64');
  const out = Buffer.alloc(total);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    at = header(out, at, LOCAL, e, names[i], 0);
    out.set(e.raw, at);
    at += e.raw.length;
  });
  const central = at;
  entries.forEach((e, i) => (at = header(out, at, CENTRAL, e, names[i], offsets[i])));
  out.writeUInt32LE(END, at);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(at - central, at + 12);
  out.writeUInt32LE(central, at + 16);
  return out;
}

function header(out: Buffer, at: number, signature: number, e: ZipEntry, name: Buffer, offset: number): number {
  out.writeUInt32LE(signature, at);
  let p = at + 4;
  if (signature === CENTRAL) {
    out.writeUInt16LE(e.madeBy, p);
    p += 2;
  }
  out.writeUInt16LE(20, p); // needed to extract: 2.0 (deflate)
  out.writeUInt16LE(e.utf8 ? 0x800 : 0, p + 2);
  out.writeUInt16LE(e.method, p + 4);
  out.writeUInt16LE(e.time, p + 6);
  out.writeUInt16LE(e.date, p + 8);
  out.writeUInt32LE(e.crc >>> 0, p + 10);
  out.writeUInt32LE(e.raw.length, p + 14);
  out.writeUInt32LE(e.size, p + 18);
  out.writeUInt16LE(name.length, p + 22);
  out.writeUInt16LE(0, p + 24); // extra field length
  p += 26;
  if (signature === CENTRAL) {
    out.writeUInt16LE(0, p); // comment length
    out.writeUInt16LE(0, p + 2); // disk
    out.writeUInt16LE(0, p + 4); // internal attributes
    out.writeUInt32LE(e.externalAttributes >>> 0, p + 6);
    out.writeUInt32LE(offset, p + 10);
    p += 14;
  }
  out.set(name, p);
  return p + name.length;
}
