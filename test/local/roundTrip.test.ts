/**
 * PRODUCT.md §5: a workbook opened from .xlsx, changed by ST-koll and by the
 * user, and saved, keeps everything ST-koll does not own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadBundle } from '../../dev/harness';
import { fakeState } from '../../dev/local/fakeState';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { NOW } from '../bundle/coreWorkbook';
import { FOREIGN_COLUMN, FOREIGN_SHEET, headerColumn, readBack, tempFolder, writeRoster } from './rosterFile';

async function openedAndRefreshed(path: string) {
  const file = await WorkbookFile.open(path);
  const bundle = loadBundle({ now: NOW });
  bundle.env.transfer.importSheets(file.sheets);
  bundle.call('setupWorkbook');
  bundle.call('refreshFlags');
  return { file, bundle };
}

describe('load → refresh → edit → save round trip', () => {
  let folder: string;
  let path: string;
  let original: Buffer;
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    folder = tempFolder();
    path = join(folder, 'roster.xlsx');
    await writeRoster(path);
    original = readFileSync(path);
    const { file, bundle } = await openedAndRefreshed(path);
    bundle.env.spreadsheet.type('ST-läkare', [['Ny anteckning']], 'N2');
    await file.save(fakeState(bundle.env));
    file.close();
    saved = await readBack(path);
  }, 180_000);

  it('keeps the version first opened as roster.xlsx.bak, byte for byte', () => {
    expect(readFileSync(`${path}.bak`).equals(original)).toBe(true);
  });

  it('leaves no temporary file and no lock behind', () => {
    expect(readdirSync(folder).sort()).toEqual(['roster.xlsx', 'roster.xlsx.bak']);
  });

  it('saves the user edit and the computed block', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    expect(ws.getCell('N2').value).toBe('Ny anteckning');
    expect(ws.getCell(2, headerColumn(ws, 'Årlig avstämning')).value).toBe('Försenad');
    const due = ws.getCell(2, headerColumn(ws, 'Nästa årliga avstämning')).value;
    expect(due).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it('keeps dates as date cells on the same calendar day', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    expect(ws.getCell(2, headerColumn(ws, 'ST-start')).value).toEqual(new Date('2024-01-15T00:00:00Z'));
    expect(saved.getWorksheet('Samtal')!.getCell('A2').value).toEqual(new Date('2025-10-01T00:00:00Z'));
  });

  it('keeps booleans and numbers typed', () => {
    const sessions = saved.getWorksheet('Samtal')!;
    expect(sessions.getCell('F2').value).toBe(true);
    expect(sessions.getCell('F4').value).toBe(false);
    expect(sessions.getCell('E4').value).toBe(90);
  });

  it('keeps the foreign column: its styled cell, its formula and its width', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    const col = headerColumn(ws, FOREIGN_COLUMN);
    const styled = ws.getCell(2, col);
    expect(styled.value).toBe(1234.5);
    expect(styled.numFmt).toBe('#,##0.00');
    expect(styled.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(styled.font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell(3, col).value).toMatchObject({ formula: `${styled.address}*2`, result: 2469 });
    expect(ws.getColumn(col).width).toBe(24);
  });

  it('keeps the foreign sheet cell for cell, every data type', () => {
    const ws = saved.getWorksheet(FOREIGN_SHEET)!;
    expect(ws.getCell('A2').value).toBe('0042');
    expect(ws.getCell('B2').value).toBe(3.25);
    expect(ws.getCell('C2').value).toEqual(new Date('2026-03-29T00:00:00Z'));
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D2').value).toEqual(new Date('2026-10-25T02:30:00Z'));
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getCell('F2').value).toMatchObject({ formula: 'B2*2', result: 6.5 });
    expect(ws.getCell('G2').value).toMatchObject({ richText: [{ text: 'fet', font: { bold: true } }, { text: ' och vanlig' }] });
    expect(ws.getCell('H2').value).toBe(0.25);
    expect(ws.getCell('H2').numFmt).toBe('0%');
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FF9FC5E8' } });
    expect(ws.getColumn(1).width).toBe(31);
    expect(ws.getCell('C4').isMerged).toBe(true);
    expect(ws.getCell('A4').value).toBe('Sammanslagen');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes ST-koll’s colours as conditional formats Excel shows', () => {
    const rules = (saved.getWorksheet('ST-läkare') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const formulas = rules.flatMap((r) => r.rules.map((rule) => (rule as { formulae?: string[] }).formulae?.[0]));
    expect(formulas).toEqual(expect.arrayContaining([expect.stringMatching(/="Försenad"$/)]));
  });

  it('opens again and saves again without stacking ST-koll’s rules or changing the file’s data', async () => {
    const { file, bundle } = await openedAndRefreshed(path);
    await file.save(fakeState(bundle.env));
    file.close();
    const again = await readBack(path);
    const rules = (ws: ExcelJS.Workbook) =>
      (ws.getWorksheet('ST-läkare') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings.length;
    expect(rules(again)).toBe(rules(saved));
    expect(again.getWorksheet(FOREIGN_SHEET)!.getCell('A2').value).toBe('0042');
    expect(again.getWorksheet('ST-läkare')!.getCell('N2').value).toBe('Ny anteckning');
  }, 180_000);
});
