/**
 * The Mall cell: a built-in template id, or the user's own Google Doc given as
 * an ID or a URL. Anything else is reported, never guessed.
 */
import { BUILT_IN_TEMPLATES, type BuiltInTemplateId } from '../sheetContract';

export type TemplateRef =
  | { kind: 'built-in'; id: BuiltInTemplateId }
  | { kind: 'user'; documentId: string }
  | { kind: 'invalid'; value: string };

const DOC_URL = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;
const OPEN_URL = /[?&]id=([A-Za-z0-9_-]{20,})/;
const BARE_ID = /^[A-Za-z0-9_-]{20,}$/;

export function parseTemplateRef(cell: string): TemplateRef {
  const value = cell.trim();
  const builtIn = BUILT_IN_TEMPLATES.find((id) => id === value.toLowerCase());
  if (builtIn) return { kind: 'built-in', id: builtIn };
  if (value === '') return { kind: 'built-in', id: 'allmanmedicin' };
  const fromUrl = DOC_URL.exec(value) ?? OPEN_URL.exec(value);
  if (fromUrl) return { kind: 'user', documentId: fromUrl[1] };
  if (BARE_ID.test(value)) return { kind: 'user', documentId: value };
  return { kind: 'invalid', value };
}

/** The Google Doc ID inside a Dokument cell (a URL written by ST-koll), or null. */
export function documentIdOfUrl(url: string): string | null {
  const match = DOC_URL.exec(url) ?? OPEN_URL.exec(url);
  if (match) return match[1];
  return BARE_ID.test(url.trim()) ? url.trim() : null;
}

export function documentUrlOfId(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}
