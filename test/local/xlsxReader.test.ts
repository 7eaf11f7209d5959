/**
 * Opening a workbook reads its XML directly (fast enough for 200,000 rows);
 * it must read every workbook exactly as the exceljs-based reader did, so
 * nothing the fake sees changes with the speed-up.
 */
import { join } from 'node:path';
import type { TransferSheet } from '../../dev/fakes/spreadsheet/transfer';
import { loadBundle } from '../../dev/harness';
import { fakeState } from '../../dev/local/fakeState';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { openWorkbook } from '../../dev/local/xlsx/readWorkbook';
import { NOW } from '../bundle/coreWorkbook';
import { writeExcelStyleRoster } from './excelStyleFile';
import { readWithExceljs } from './exceljsReference';
import { tempFolder, writeRoster } from './rosterFile';

/**
 * What both readers must agree on. exceljs leaves out rows that hold only
 * styles (so their formats too) and pads a row with empty cells up to its
 * last styled one; neither changes what the fake holds.
 */
function comparable(sheets: TransferSheet[]): TransferSheet[] {
  return sheets.map((sheet) => {
    const hasValues = (row: number) => (sheet.cells[row - 1] ?? []).some((v) => v !== null);
    const cells = sheet.cells.map((line) => line.slice(0, line.reduce<number>((n, v, i) => (v === null ? n : i + 1), 0)));
    return { ...sheet, cells, formats: sheet.formats.filter(([row]) => hasValues(row)) };
  });
}

async function savedBySTkoll(path: string): Promise<void> {
  writeExcelStyleRoster(path);
  const file = await WorkbookFile.open(path);
  const bundle = loadBundle({ now: NOW });
  bundle.env.transfer.importSheets(file.sheets);
  bundle.call('setupWorkbook');
  bundle.call('refreshFlags');
  await file.save(fakeState(bundle.env));
  file.close();
}

describe('the reader reads a workbook as the exceljs-based reader did', () => {
  it.each([
    ['written by exceljs (dates, booleans, a formula, rich text, merged cells, a styled foreign column)', (path: string) => writeRoster(path)],
    ['as Excel saves it (shared strings, a shared formula, a note, date format 14, escaped format codes)', async (path: string) => void writeExcelStyleRoster(path)],
    ['after ST-koll saved it (inline strings, its notes, conditional formats and dropdowns)', savedBySTkoll],
  ])('a workbook %s', async (_kind, make) => {
    const path = join(tempFolder(), 'roster.xlsx');
    await make(path);
    const fast = (await openWorkbook(path)).sheets;
    expect(comparable(fast)).toEqual(comparable(await readWithExceljs(path)));
  }, 120_000);
});
