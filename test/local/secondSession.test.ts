/**
 * PRODUCT.md §5 with issue #6's column marks: the .xlsx keeps ST-koll's marks
 * on the columns it made (a custom XML part), so the second `npm start` or
 * `st-koll check` on a file ST-koll already set up and refreshed finds its own
 * computed columns, and a same-named column ST-koll did not make stays the
 * user's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadBundle } from '../../dev/harness';
import { runCheck, type Io } from '../../dev/local/cli';
import { fakeState } from '../../dev/local/fakeState';
import { LocalWorkbook } from '../../dev/local/localWorkbook';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { KEPT_NAMESPACE } from '../../dev/local/xlsx/keptMetadata';
import { entryText, readZip } from '../../dev/local/xlsx/zip';
import { PreviewBackend } from '../../dev/preview/backend';
import { NOW, TODAY } from '../bundle/coreWorkbook';
import { tempFolder, writeRoster } from './rosterFile';

const TRAINEES = 'ST-läkare';
const NEXT_DAY = '2026-11-24T10:15:00+01:00';
const REFUSAL = /skapades inte av ST-koll/;

/** One `npm start -- --workbook path` session: the menu, setup and refresh as on opening, every save awaited. */
async function session(path: string, now: string): Promise<{ backend: PreviewBackend; local: LocalWorkbook }> {
  const local = new LocalWorkbook(await WorkbookFile.open(path));
  const backend = new PreviewBackend({ now, origin: 'http://127.0.0.1', local });
  await backend.settled();
  return { backend, local };
}

function said(backend: PreviewBackend): string {
  return backend
    .workbook(null)
    .events.map((e) => e.message)
    .join('\n');
}

function keptPart(path: string): string | null {
  const entries = readZip(readFileSync(path));
  const item = entries.find((e) => e.name.startsWith('customXml/item') && entryText(e).includes(KEPT_NAMESPACE));
  return item ? entryText(item) : null;
}

function column(env: PreviewBackend['bundle']['env'], header: string): unknown[] {
  const rows = env.spreadsheet.displayValues(TRAINEES);
  const c = rows[0].indexOf(header);
  if (c < 0) throw new Error(`no ${header}`);
  return rows.slice(1).map((r) => r[c]);
}

/**
 * The file changed by another program (Excel): the sheet's cells change, the
 * metadata part stays as it was (a save without the fake's metadata).
 */
async function editedElsewhere(path: string, edit: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): Promise<void> {
  const file = await WorkbookFile.open(path, { lock: false });
  const bundle = loadBundle({ now: NOW });
  bundle.env.transfer.importSheets(file.sheets);
  const app = (bundle.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName(TRAINEES)!;
  if (sheet.getMaxColumns() <= sheet.getLastColumn()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  edit(sheet);
  await file.save(fakeState(bundle.env));
  file.close();
}

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

describe('a second session on a file ST-koll set up and refreshed (2026-11-23, then 2026-11-24)', () => {
  const folder = tempFolder();
  const path = join(folder, 'roster.xlsx');
  let firstUpdated: unknown[];

  beforeAll(async () => {
    await writeRoster(path);
    const { backend, local } = await session(path, NOW);
    expect(said(backend)).not.toMatch(REFUSAL);
    firstUpdated = column(backend.bundle.env, 'Uppdaterad');
    local.close();
  }, 180_000);

  it('keeps ST-koll’s column marks in a custom XML part of the file, related and declared as Excel does', async () => {
    const xml = keptPart(path);
    expect(xml).toContain('key="st-koll.column" value="Flaggor" visibility="DOCUMENT" sheet="ST-läkare"');
    expect(xml).toContain('key="st-koll.column" value="Årlig avstämning"');
    const text = (name: string) => entryText(readZip(readFileSync(path)).find((e) => e.name === name)!);
    expect(text('xl/_rels/workbook.xml.rels')).toMatch(/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    expect(text('customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
    expect(text('[Content_Types].xml')).toContain('PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"');
    // Another reader opens the file as before, and sees no extra sheet.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual((await WorkbookFile.open(path, { lock: false })).sheets.map((s) => s.name));
  });

  it('refreshes in a new bundle without refusing ST-koll’s own columns, and updates the computed cells', async () => {
    const { backend, local } = await session(path, NEXT_DAY);
    const refresh = backend.runMenu('refreshFlags');
    await backend.settled();
    expect(said(backend)).not.toMatch(REFUSAL);
    expect(refresh.ok).toBe(true);
    const updated = column(backend.bundle.env, 'Uppdaterad');
    expect(updated.filter((v) => v !== '').length).toBeGreaterThan(0);
    expect(updated).not.toEqual(firstUpdated);
    expect(backend.bundle.env.spreadsheet.developerMetadata(TRAINEES).filter((m) => m.key === 'st-koll.column').length).toBeGreaterThan(0);
    local.close();
  }, 180_000);

  it('keeps the part, unchanged, through an edit and its save', async () => {
    const before = keptPart(path);
    const { backend, local } = await session(path, NEXT_DAY);
    const note = backend.bundle.env.spreadsheet.displayValues(TRAINEES)[0].indexOf('Anteckning') + 1;
    const edited = backend.editCell(TRAINEES, 2, note, 'Ny anteckning');
    await backend.settled();
    expect(edited.ok).toBe(true);
    expect(local.lastError).toBeNull();
    local.close();
    expect(keptPart(path)).toBe(before);
  }, 180_000);

  it('st-koll check exits as for a fresh file (1: something late), not 2', async () => {
    const io = capture();
    await expect(runCheck([path, '--today', TODAY], io)).resolves.toBe(1);
    expect(io.stderr).toEqual([]);
  }, 120_000);
});

describe('a same-named column ST-koll did not make stays the user’s (2026-11-23)', () => {
  it('is refused in a file ST-koll never saw, and nothing of it changes', async () => {
    const path = join(tempFolder(), 'egen.xlsx');
    await writeRoster(path);
    // The roster has an empty Flaggor column; here the user has written in it.
    await editedElsewhere(path, (sheet) => {
      const flags = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Flaggor') + 1;
      sheet.getRange(2, flags).setValue('Min egen anteckning');
    });
    expect(keptPart(path)).toBeNull();
    const { backend, local } = await session(path, NOW);
    expect(said(backend)).toMatch(/”Flaggor” i bladet ”ST-läkare”/);
    expect(column(backend.bundle.env, 'Flaggor')[0]).toBe('Min egen anteckning');
    local.close();
  }, 180_000);

  it('added later beside ST-koll’s own Flaggor: ST-koll writes its own and leaves the user’s', async () => {
    const path = join(tempFolder(), 'roster.xlsx');
    await writeRoster(path);
    (await session(path, NOW)).local.close();
    let userColumn = 0;
    await editedElsewhere(path, (sheet) => {
      userColumn = sheet.getLastColumn() + 1;
      sheet.getRange(1, userColumn, 2, 1).setValues([['Flaggor'], ['Min egen anteckning']]);
    });
    const { backend, local } = await session(path, NEXT_DAY);
    expect(said(backend)).not.toMatch(REFUSAL);
    const rows = backend.bundle.env.spreadsheet.displayValues(TRAINEES);
    expect(rows[1][userColumn - 1]).toBe('Min egen anteckning');
    local.close();
  }, 180_000);

  it('put where ST-koll’s deleted Flaggor was (outside ST-koll): the mark is dropped, the column refused and unchanged', async () => {
    const path = join(tempFolder(), 'roster.xlsx');
    await writeRoster(path);
    (await session(path, NOW)).local.close();
    await editedElsewhere(path, (sheet) => {
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const flags = headers.indexOf('Flaggor') + 1;
      sheet.getRange(1, flags, sheet.getLastRow(), 1).clearContent();
      sheet.getRange(1, flags, 1, 1).setValue('Egen');
      const col = sheet.getLastColumn() + 1;
      sheet.getRange(1, col, 2, 1).setValues([['Flaggor'], ['Min egen anteckning']]);
    });
    const { backend, local } = await session(path, NEXT_DAY);
    expect(said(backend)).toMatch(/”Flaggor” i bladet ”ST-läkare”/);
    expect(column(backend.bundle.env, 'Flaggor')[0]).toBe('Min egen anteckning');
    local.close();
  }, 180_000);
});
