/** Blob: bytes (as Apps Script's signed Java bytes), a content type and a name. */
import { Facade } from './calls/counting';
import { gasError } from './errors';

export function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

export function utf8Decode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] & 0xff;
    let code: number;
    let extra: number;
    if (b < 0x80) [code, extra] = [b, 0];
    else if (b >= 0xf0) [code, extra] = [b & 7, 3];
    else if (b >= 0xe0) [code, extra] = [b & 15, 2];
    else [code, extra] = [b & 31, 1];
    for (let k = 1; k <= extra; k++) code = (code << 6) | (bytes[i + k] & 63);
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}

const toSigned = (b: number) => ((b & 0xff) << 24) >> 24;

export class FakeBlob extends Facade {
  static gasName = 'Blob';
  static plainMethods = new Set(['getBytes', 'setBytes']);

  private bytes: number[];

  constructor(
    data: string | number[],
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super();
    this.bytes = typeof data === 'string' ? utf8Encode(data) : data.map((b) => b & 0xff);
  }

  getBytes(): number[] {
    return this.bytes.map(toSigned);
  }
  setBytes(data: number[]): this {
    this.bytes = data.map((b) => b & 0xff);
    return this;
  }
  getDataAsString(_charset?: string): string {
    return utf8Decode(this.bytes);
  }
  setDataFromString(text: string): this {
    this.bytes = utf8Encode(String(text));
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
  isGoogleType(): boolean {
    return Boolean(this.contentType?.startsWith('application/vnd.google-apps.'));
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.bytes.slice(), this.contentType, this.name);
  }
  getAs(contentType: string): FakeBlob {
    if (contentType === this.contentType) return this.copyBlob();
    throw gasError(`Converting from ${this.contentType} to ${contentType} is not supported.`);
  }
  getBlob(): FakeBlob {
    return this;
  }
}
