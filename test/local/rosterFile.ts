/**
 * Real .xlsx files for the local-app tests, written with exceljs the way Excel
 * would hold them: the core workbook of the bundle tests (dates as date cells)
 * plus what ST-koll must never lose — a foreign sheet, a foreign column, a
 * formula, a styled cell and every data type.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { coreSheets } from '../bundle/coreWorkbook';

export const FOREIGN_SHEET = 'Mina anteckningar';
export const FOREIGN_COLUMN = 'Egen kolumn';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A typed cell as Excel stores it: 'YYYY-MM-DD' → a date cell, "'text" → text. */
function excelValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  if (typeof value === 'string' && value.startsWith("'")) return value.slice(1);
  if (value === '') return null;
  return value as ExcelJS.CellValue;
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'st-koll-local-'));
}

export async function writeRoster(path: string, options: { foreign?: boolean; sheets?: Record<string, unknown[][]> } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(options.sheets ?? coreSheets())) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = excelValue(value);
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
  }
  if (options.foreign !== false) addForeignParts(wb);
  await wb.xlsx.writeFile(path);
}

function addForeignParts(wb: ExcelJS.Workbook): void {
  const trainees = wb.getWorksheet('ST-läkare')!;
  const col = trainees.columnCount + 1;
  trainees.getCell(1, col).value = FOREIGN_COLUMN;
  const styled = trainees.getCell(2, col);
  styled.value = 1234.5;
  styled.numFmt = '#,##0.00';
  styled.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  styled.font = { bold: true, color: { argb: 'FFC00000' } };
  trainees.getCell(3, col).value = { formula: `${trainees.getCell(2, col).address}*2`, result: 2469 } as ExcelJS.CellFormulaValue;
  trainees.getColumn(col).width = 24;

  const notes = wb.addWorksheet(FOREIGN_SHEET);
  notes.getRow(1).values = ['Text', 'Tal', 'Datum', 'Tidpunkt', 'Sant', 'Formel', 'Rik text', 'Procent'];
  notes.getRow(2).values = [
    '0042',
    3.25,
    new Date('2026-03-29T00:00:00Z'),
    new Date('2026-10-25T02:30:00Z'),
    true,
    { formula: 'B2*2', result: 6.5 } as ExcelJS.CellFormulaValue,
    { richText: [{ text: 'fet', font: { bold: true } }, { text: ' och vanlig' }] },
    0.25,
  ];
  notes.getCell('C2').numFmt = 'yyyy-mm-dd';
  notes.getCell('D2').numFmt = 'yyyy-mm-dd hh:mm';
  notes.getCell('H2').numFmt = '0%';
  notes.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF9FC5E8' } };
  notes.getColumn(1).width = 31;
  notes.mergeCells('A4:C4');
  notes.getCell('A4').value = 'Sammanslagen';
  notes.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

/** The file as a user's other program reads it (exceljs). */
export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The column of a header in row 1 of a sheet read back. */
export function headerColumn(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === header) found = c;
  });
  if (!found) throw new Error(`no header ${header}`);
  return found;
}
