/** Runs Apps Script code inside a loaded bundle's realm, as the bundle itself would. */
import vm from 'node:vm';
import { loadBundle, type LoadedBundle, type LoadOptions } from '../../dev/harness';

export function inRealm<T = unknown>(bundle: LoadedBundle, source: string): T {
  return vm.runInContext(source, bundle.context) as T;
}

/** A bundle with one sheet 'Data' holding `rows`, today 2026-11-23 in Stockholm. */
export function withSheet(rows: unknown[][], options: LoadOptions = {}): LoadedBundle {
  return loadBundle({ now: '2026-11-23T09:00:00+01:00', workbook: { sheets: { Data: rows } }, ...options });
}

/** The message of what `fn` throws (errors from the realm are not node Errors). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return String((error as { message?: unknown }).message ?? error);
  }
  throw new Error('expected a throw');
}
