/**
 * Which URLs the sidebar turns into links. Documents come from Google Docs and
 * Drive; anything else a cell might hold (javascript:, data:, lookalike hosts)
 * is shown as plain text. The local preview serves generated agreements from
 * its own origin under /out/, which is allowed only when the sidebar itself
 * runs on a loopback address (never the case inside Apps Script).
 * DOM-free, so unit tests run it in node.
 */

const GOOGLE_HOSTS = ['docs.google.com', 'drive.google.com'];
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];
const PREVIEW_OUT_PATH = '/out/';

export interface PageLocation {
  protocol: string;
  hostname: string;
  origin: string;
}

export function isSafeDocumentUrl(raw: string, page: PageLocation | null = currentLocation()): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return false;
  // Reject anything a browser would strip or reinterpret before parsing.
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && url.port === '' && GOOGLE_HOSTS.includes(url.hostname)) {
    return raw.toLowerCase().startsWith(`https://${url.hostname}/`);
  }
  return isPreviewOutputUrl(url, page);
}

function isPreviewOutputUrl(url: URL, page: PageLocation | null): boolean {
  if (!page || page.protocol !== 'http:' || !LOOPBACK_HOSTS.includes(page.hostname)) return false;
  return url.origin === page.origin && url.pathname.startsWith(PREVIEW_OUT_PATH) && !url.pathname.includes('..');
}

export function currentLocation(): PageLocation | null {
  const page = (globalThis as { location?: PageLocation }).location;
  return page ? { protocol: page.protocol, hostname: page.hostname, origin: page.origin } : null;
}
