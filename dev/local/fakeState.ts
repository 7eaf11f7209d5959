/**
 * The fake workbook as the local file needs it: each sheet's name and
 * revision, and its cells, formats and validations read only when the save
 * has not written that revision yet (exporting a 200,000-row sheet that did
 * not change would cost more than the whole save).
 */
import type { FakeEnvironment } from '../fakes/env';
import type { SheetState } from './xlsx/changes';
import type { KeptContent } from './xlsx/keptMetadata';

export interface SheetSnapshot {
  name: string;
  revision: string;
  read(): SheetState;
}

export function fakeState(env: FakeEnvironment): SheetSnapshot[] {
  return env.transfer.revisions().map(({ name, revision }) => ({
    name,
    revision,
    read: () => ({ sheet: env.transfer.exportSheets([name])[0], validations: env.spreadsheet.validations(name) }),
  }));
}

/** What the file keeps beside the cells (dev/local/xlsx/keptMetadata.ts), as the fake holds it now. */
export function keptState(env: FakeEnvironment): KeptContent {
  return { metadata: env.transfer.exportMetadata(), properties: env.properties.get('document') };
}

/**
 * Gives a new fake what a previous session kept in the file: the marks on
 * ST-koll's columns and the kept document properties (the settings). Before
 * onOpen, setup or a refresh runs, so they start from them.
 */
export function startFromKept(env: FakeEnvironment, kept: KeptContent): void {
  env.transfer.importMetadata([...kept.metadata]);
  for (const [key, value] of Object.entries(kept.properties)) env.properties.set('document', key, value);
}
