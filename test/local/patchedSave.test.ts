/**
 * PRODUCT.md §5 and issue #8 (speed): a save rewrites only the sheets that
 * changed, and in them only the changed cells; every other part of the
 * .xlsx is copied byte for byte, and the file still reads, through exceljs,
 * as everything ST-koll does not own had it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { fakeState } from '../../dev/local/fakeState';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { openWorkbook } from '../../dev/local/xlsx/readWorkbook';
import { entryText, readZip, type ZipEntry } from '../../dev/local/xlsx/zip';
import { NOW } from '../bundle/coreWorkbook';
import { EXCEL_FOREIGN_COLUMN, EXCEL_FOREIGN_SHEET, writeExcelStyleRoster } from './excelStyleFile';
import { readWithExceljs } from './exceljsReference';
import { headerColumn, readBack, tempFolder, writeRoster } from './rosterFile';

const TRAINEES_PART = 'xl/worksheets/sheet1.xml';

function entries(path: string): Map<string, ZipEntry> {
  return new Map(readZip(readFileSync(path)).map((e) => [e.name, e]));
}

function sameEntry(a: ZipEntry | undefined, b: ZipEntry | undefined): boolean {
  return !!a && !!b && a.crc === b.crc && a.size === b.size && Buffer.from(a.raw).equals(Buffer.from(b.raw));
}

/** Parts whose bytes differ between two versions of the file (added and removed ones included). */
function changedParts(before: Map<string, ZipEntry>, after: Map<string, ZipEntry>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !sameEntry(before.get(name), after.get(name))).sort();
}

/** The <row> elements of a sheet's XML by row number. */
function rowsOf(xml: string): Map<number, string> {
  return new Map([...xml.matchAll(/<row [^>]*?r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [Number(m[1]), m[0]]));
}

async function opened(path: string): Promise<{ file: WorkbookFile; bundle: LoadedBundle }> {
  const file = await WorkbookFile.open(path);
  const bundle = loadBundle({ now: NOW });
  bundle.env.transfer.importSheets(file.sheets);
  return { file, bundle };
}

describe('an edit rewrites only the sheet it is on (a workbook written by exceljs)', () => {
  let path: string;
  let before: Map<string, ZipEntry>;
  let after: Map<string, ZipEntry>;
  let cellsWritten: number;

  beforeAll(async () => {
    path = join(tempFolder(), 'roster.xlsx');
    await writeRoster(path);
    before = entries(path);
    const { file, bundle } = await opened(path);
    bundle.env.spreadsheet.type('ST-läkare', [['Ny anteckning']], 'N2');
    cellsWritten = (await file.save(fakeState(bundle.env))).cellsWritten;
    file.close();
    after = entries(path);
  }, 120_000);

  it('writes the one cell', async () => {
    expect(cellsWritten).toBe(1);
    expect((await readBack(path)).getWorksheet('ST-läkare')!.getCell('N2').value).toBe('Ny anteckning');
  });

  it('copies every other part of the zip byte for byte, in the same order', () => {
    expect(changedParts(before, after)).toEqual([TRAINEES_PART]);
    expect([...after.keys()]).toEqual([...before.keys()]);
  });

  it('changes only the edited row inside the sheet, and writes its text inline (the shared strings stay as they were)', () => {
    const was = rowsOf(entryText(before.get(TRAINEES_PART)!));
    const now = rowsOf(entryText(after.get(TRAINEES_PART)!));
    expect([...now.keys()]).toEqual([...was.keys()]);
    expect([...was.keys()].filter((r) => was.get(r) !== now.get(r))).toEqual([2]);
    expect(now.get(2)).toContain('<c r="N2" t="inlineStr"><is><t>Ny anteckning</t></is></c>');
  });

  it('reads, through exceljs, every other cell as before', async () => {
    const was = await readWithExceljs(`${path}.bak`);
    const now = await readWithExceljs(path);
    was[0].cells[1][13] = 'Ny anteckning';
    expect(now).toEqual(was);
  });
});

describe('a workbook as Excel saves it keeps what ST-koll does not own through setup, refresh and edits', () => {
  let path: string;
  let original: Map<string, ZipEntry>;
  let firstSave: Map<string, ZipEntry>;
  let saved: ExcelJS.Workbook;
  let bundle: LoadedBundle;
  let foreignColumn: number;
  let lastRow: number;
  let secondChanges: string[];

  beforeAll(async () => {
    path = join(tempFolder(), 'roster.xlsx');
    ({ foreignColumn, lastRow } = writeExcelStyleRoster(path));
    original = entries(path);
    const app = await opened(path);
    bundle = app.bundle;
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    bundle.env.spreadsheet.type('ST-läkare', [['Ny anteckning']], 'N2');
    await app.file.save(fakeState(bundle.env));
    firstSave = entries(path);
    saved = await readBack(path);
    bundle.env.spreadsheet.type('Samtal', [['Ändrad anteckning']], 'G2');
    await app.file.save(fakeState(bundle.env));
    secondChanges = changedParts(firstSave, entries(path));
    app.file.close();
  }, 180_000);

  it('saves the edit and the computed block', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    expect(ws.getCell('N2').value).toBe('Ny anteckning');
    expect(ws.getCell(2, headerColumn(ws, 'Årlig avstämning')).value).toBe('Försenad');
    expect(ws.getCell(2, headerColumn(ws, 'Nästa årliga avstämning')).value).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(ws.getCell(2, headerColumn(ws, 'ST-start')).value).toEqual(new Date('2024-01-15T00:00:00Z'));
  });

  it('copies the foreign sheet, the shared strings, the document properties and the foreign sheet’s links byte for byte', () => {
    const untouched = ['xl/worksheets/sheet5.xml', 'xl/worksheets/_rels/sheet5.xml.rels', 'xl/sharedStrings.xml', 'docProps/app.xml', 'docProps/core.xml', '_rels/.rels'];
    for (const part of untouched) expect({ part, same: sameEntry(original.get(part), firstSave.get(part)) }).toEqual({ part, same: true });
    const notes = saved.getWorksheet(EXCEL_FOREIGN_SHEET)!;
    expect(notes.getCell('G2').value).toMatchObject({ richText: [{ text: 'fet', font: { bold: true } }, { text: ' och vanlig' }] });
    expect(notes.getCell('A1').value).toMatchObject({ text: 'Text', hyperlink: 'https://example.se/' });
    expect(notes.getCell('C4').isMerged).toBe(true);
  });

  it('keeps the foreign column: its styled cell (number format, fill, font, border) and its shared formula', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    expect(ws.getCell(1, foreignColumn).value).toBe(EXCEL_FOREIGN_COLUMN);
    const styled = ws.getCell(2, foreignColumn);
    expect(styled.value).toBe(1234.5);
    expect(styled.numFmt).toBe('#,##0.00');
    expect(styled.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(styled.font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(styled.border).toMatchObject({ left: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell(3, foreignColumn).formula).toBe(`${styled.address}*2`);
    expect(ws.getCell(lastRow, foreignColumn).formula).toBe(`${ws.getCell(lastRow - 1, foreignColumn).address}*2`);
    expect(ws.getColumn(foreignColumn).width).toBe(24);
  });

  it('keeps the user’s own note beside the notes setup puts on ST-koll’s headers', () => {
    const ws = saved.getWorksheet('ST-läkare')!;
    const texts = (note: ExcelJS.Cell['note']) => (typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''));
    expect(texts(ws.getCell(1, foreignColumn).note)).toBe('Samordnare:\nEgen uppgift, inte ST-kolls.');
    expect(texts(ws.getCell(1, headerColumn(ws, 'Årlig avstämning')).note)).toMatch(/^Fylls i av ST-koll/);
  });

  it('keeps the colour scale and the whole-number validation of the foreign column beside ST-koll’s own', () => {
    const xml = entryText(firstSave.get('xl/worksheets/sheet1.xml')!);
    expect(xml).toContain('<cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/>');
    expect(xml).toMatch(/<dataValidation type="whole"[^>]*sqref="Z2:Z7"><formula1>0<\/formula1><formula2>100000<\/formula2><\/dataValidation>/);
    expect(xml).toMatch(/<cfRule type="expression" dxfId="\d+" priority="\d+"><formula>\$Q2="Försenad"<\/formula>/);
  });

  it('drops the stale calculation chain from the zip, the content types and the workbook’s relationships', () => {
    expect(firstSave.has('xl/calcChain.xml')).toBe(false);
    expect(entryText(firstSave.get('[Content_Types].xml')!)).not.toContain('calcChain');
    expect(entryText(firstSave.get('xl/_rels/workbook.xml.rels')!)).not.toContain('calcChain');
  });

  it('keeps workbook.xml’s defined name and Excel’s mc:AlternateContent, and lists the new sheets after the user’s', () => {
    const xml = entryText(firstSave.get('xl/workbook.xml')!);
    expect(xml).toContain(`<definedName name="Anteckningar">'${EXCEL_FOREIGN_SHEET}'!$A$1:$H$4</definedName>`);
    expect(xml).toContain('<x15ac:absPath url="C:\\Users\\samordnare\\Documents\\"');
    expect(saved.worksheets.map((ws) => ws.name).slice(0, 5)).toEqual(['ST-läkare', 'Handledare', 'Överenskommelser', 'Samtal', EXCEL_FOREIGN_SHEET]);
  });

  it('a later edit on another sheet rewrites only that sheet', () => {
    expect(secondChanges).toEqual(['xl/worksheets/sheet4.xml']);
  });

  it('reads back into the fake exactly as the fake held it', async () => {
    const file = (await openWorkbook(path)).sheets;
    const fake = bundle.env.transfer.exportSheets();
    const trim = (cells: unknown[][]) => cells.map((line) => line.slice(0, line.reduce<number>((n, v, i) => (v === null ? n : i + 1), 0)));
    for (const sheet of fake) expect({ sheet: sheet.name, cells: trim(file.find((s) => s.name === sheet.name)!.cells) }).toEqual({ sheet: sheet.name, cells: trim(sheet.cells) });
  });
});
