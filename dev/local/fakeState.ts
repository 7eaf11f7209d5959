/**
 * The fake workbook as the local file needs it: each sheet's name and
 * revision, and its cells, formats and validations read only when the save
 * has not written that revision yet (exporting a 200,000-row sheet that did
 * not change would cost more than the whole save).
 */
import type { FakeEnvironment } from '../fakes/env';
import type { SheetState } from './xlsx/changes';

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
