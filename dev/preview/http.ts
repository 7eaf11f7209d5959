/** Small, bounded HTTP helpers for the preview server (node:http, no framework). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 256 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads at most MAX_BODY_BYTES and parses JSON; anything else is a 4xx. */
export function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = String(req.headers['content-type'] || '');
  if (!/^application\/json\b/i.test(type)) return Promise.reject(new HttpError(415, 'Expected application/json'));
  const declared = Number(req.headers['content-length'] || 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new HttpError(413, 'Body too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        failed = true;
        reject(new HttpError(413, 'Body too large'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (failed) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError(400, 'Invalid JSON'));
      }
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

/**
 * The preview binds to 127.0.0.1 only; checking Host as well keeps a web page
 * elsewhere from reaching it through DNS rebinding, and checking Origin on
 * POST keeps other sites from calling it through the user's browser.
 */
export function isAllowedRequest(req: IncomingMessage, port: number): boolean {
  const host = String(req.headers.host || '');
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(host)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return false;
  }
  return true;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function sendHtml(res: ServerResponse, status: number, body: string, csp: string): void {
  send(res, status, 'text/html; charset=utf-8', body, { 'content-security-policy': csp });
}
