/** The fake workbook as the local file needs it: every sheet with its cells, formats and validations. */
import type { FakeEnvironment } from '../fakes/env';
import type { SheetState } from './xlsx/applyChanges';

export function fakeState(env: FakeEnvironment): SheetState[] {
  return env.transfer.exportSheets().map((sheet) => ({ sheet, validations: env.spreadsheet.validations(sheet.name) }));
}
