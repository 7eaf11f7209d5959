/**
 * The sidebar's import requests, validated as untrusted input: a sheet name
 * and a mapping of source headers to ST-läkare headers, nothing else, of a
 * bounded size. Whether the headers exist is the domain's check (import/mapping.ts).
 */
import * as z from 'zod';
import { IMPORT } from '../shared/messages/import';

/** Sheets allows 100 characters in a sheet name; a header cell holds up to 50,000. */
const MAX_SHEET_NAME = 100;
const MAX_HEADER = 50_000;
const MAX_COLUMNS = 1_000;

const sheetName = z.string({ error: IMPORT.inputShape }).min(1, IMPORT.inputShape).max(MAX_SHEET_NAME, IMPORT.inputShape);

const mapping = z
  .record(z.string().max(MAX_HEADER), z.string().max(MAX_SHEET_NAME), { error: IMPORT.inputShape })
  .refine((m) => Object.keys(m).length <= MAX_COLUMNS, IMPORT.inputShape);

const importRequestSchema = z.object({ sheet: sheetName, mapping }, { error: IMPORT.inputShape }).strict();

export type ImportRequest = z.infer<typeof importRequestSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseImportRequest(input: unknown): Parsed<ImportRequest> {
  const parsed = importRequestSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: IMPORT.inputShape };
}

export function parseSheetName(input: unknown): Parsed<string> {
  const parsed = sheetName.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: IMPORT.inputShape };
}
