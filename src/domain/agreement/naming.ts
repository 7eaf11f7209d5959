/**
 * Document names: `Handledningsöverenskommelse – <Namn> – <YYYY-MM-DD>`, and
 * ` v2`, ` v3`… for new versions of the same agreement. The date is the
 * agreement's Giltig från, so every version of one row shares the base name.
 */
import type { IsoDate } from '../model';

const DOCUMENT_NAME_PREFIX = 'Handledningsöverenskommelse';
const SEPARATOR = ' – ';
const VERSION_SUFFIX = / v(\d+)$/;

export function agreementDocumentName(traineeName: string, validFrom: IsoDate, version = 1): string {
  const base = [DOCUMENT_NAME_PREFIX, traineeName.trim(), validFrom].join(SEPARATOR);
  return version > 1 ? `${base} v${version}` : base;
}

/** The version a name carries: `… v3` → 3, a name without suffix → 1. */
export function versionOfName(name: string): number {
  const match = VERSION_SUFFIX.exec(name.trim());
  return match ? Number(match[1]) : 1;
}

/**
 * The version of the next document for a row whose current document is named
 * `currentName` (null when that name cannot be read: then at least v2).
 */
export function nextVersion(currentName: string | null): number {
  return currentName === null ? 2 : versionOfName(currentName) + 1;
}

/** The name of the PDF copy beside the document. */
export function pdfName(documentName: string): string {
  return `${documentName}.pdf`;
}
