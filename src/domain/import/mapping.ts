/**
 * A mapping sent back by the user is checked before anything is read into
 * ST-läkare: every source header exists, every target is a column ST-koll may
 * fill, no column is fed twice (Namn excepted), and Namn and ST-start are fed.
 */
import { IMPORT } from '../../shared/messages/import';
import type { ImportMapping, SourceColumn } from './headers';
import { IMPORT_TARGETS, MULTI_SOURCE_TARGETS, REQUIRED_TARGETS } from './targets';

export type MappingCheck = { ok: true } | { ok: false; message: string };

export function checkMapping(mapping: ImportMapping, columns: readonly SourceColumn[]): MappingCheck {
  const headers = new Set(columns.map((c) => c.header));
  const allowed = new Set(IMPORT_TARGETS);
  const sourcesOf = new Map<string, string[]>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.has(header)) return { ok: false, message: IMPORT.unknownSourceHeader(header) };
    if (!allowed.has(target)) return { ok: false, message: IMPORT.unknownTarget(target) };
    sourcesOf.set(target, [...(sourcesOf.get(target) ?? []), header]);
  }
  for (const [target, sources] of sourcesOf) {
    if (sources.length > 1 && !MULTI_SOURCE_TARGETS.has(target)) return { ok: false, message: IMPORT.targetTwice(target, sources) };
  }
  const missing = REQUIRED_TARGETS.find((target) => !sourcesOf.has(target));
  return missing ? { ok: false, message: IMPORT.requiredTarget(missing) } : { ok: true };
}

/** Target → its source columns, in the source's column order. */
export function sourcesByTarget(mapping: ImportMapping, columns: readonly SourceColumn[]): Map<string, SourceColumn[]> {
  const byTarget = new Map<string, SourceColumn[]>();
  for (const column of columns) {
    const target = mapping[column.header];
    if (target === undefined) continue;
    byTarget.set(target, [...(byTarget.get(target) ?? []), column]);
  }
  return byTarget;
}
