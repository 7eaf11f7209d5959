/**
 * PRODUCT.md §5 end to end in Chromium: `npm start -- --workbook roster.xlsx`
 * on a real .xlsx — a cell edited in the page, a date refused, a refresh, an
 * agreement made — and the file on disk holds the edit, the computed block and
 * the .docx's name, with the .docx beside it.
 * Run alone:  npx jest test/browser/localWorkbook.test.ts
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { LocalWorkbook } from '../../dev/local/localWorkbook';
import { WorkbookFile } from '../../dev/local/workbookFile';
import type { RunningPreview } from '../../dev/preview/server';
import { MENU } from '../../src/shared/messages/ui';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { tempFolder, writeRoster } from '../local/rosterFile';
import { expectAxeClean, workbookFrame } from './axe';
import { launchChromium, startTestPreview, type OpenedPreview } from './support';

/** As support's openPreview, with room for saves to disk on a loaded machine. */
async function openPreview(b: Browser, p: RunningPreview): Promise<OpenedPreview> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(25_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(p.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.counts').waitFor();
  return { context, page, sidebar, pageErrors };
}

let browser: Browser;
let preview: RunningPreview;
let opened: OpenedPreview | null = null;
let folder: string;
let path: string;

beforeAll(async () => {
  folder = tempFolder();
  path = join(folder, 'roster.xlsx');
  await writeRoster(path);
  const local = new LocalWorkbook(await WorkbookFile.open(path));
  [browser, preview] = await Promise.all([launchChromium(), startTestPreview({ local })]);
}, 120_000);

afterAll(async () => {
  await opened?.context.close();
  await Promise.all([browser?.close(), preview?.close()]);
  preview?.backend.local?.close();
});

async function savedFile(): Promise<ExcelJS.Workbook> {
  await preview.backend.settled();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Polls (the page saves on its own after a tick; the file is replaced whole, so each read sees a complete file). */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('not saved');
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === header) found = c;
  });
  return found;
}

test('edit a cell, refuse a bad date, refresh, make an agreement: all of it in the file and beside it', async () => {
  opened = await openPreview(browser, preview);
  const { page, sidebar, pageErrors } = opened;
  const workbook = page.frameLocator('#workbook');
  const cell = (row: number, col: number) => workbook.locator(`#sheet-table tr[data-row="${row}"] [data-col="${col}"]`);

  // The computed block sits right after the names, in its colours, and is read-only.
  const headers = await workbook.locator('#sheet-table thead th').allTextContents();
  expect(headers.slice(1, 4)).toEqual(['ID', 'Namn', 'Årlig avstämning (ST-koll fyller i)']);
  // Column Q: the 14 user columns of §1, then Föreskrift and BT godkänd (§6).
  await expect(cell(2, 17).getAttribute('style')).resolves.toMatch(/background:#f4cccc/);
  await expect(cell(2, 17).getAttribute('class')).resolves.toBe('owned');

  // Anteckning (column N) of ST-0001: click, type, Enter.
  await cell(2, 14).click();
  await cell(2, 14).locator('input').fill('Ringde 23/11');
  await cell(2, 14).locator('input').press('Enter');
  // The frame reloads with the saved value (the status line says so for a few seconds).
  await cell(2, 14).getByText('Ringde 23/11', { exact: true }).waitFor();

  // A date not written YYYY-MM-DD is refused with a message; Escape leaves the cell as it was.
  await cell(2, 6).focus();
  await cell(2, 6).press('Enter');
  await cell(2, 6).locator('input').fill('15/1/2024');
  await cell(2, 6).locator('input').press('Enter');
  await workbook.locator('#edit-status').getByText(/är inget datum/).waitFor();
  await cell(2, 6).locator('input').press('Escape');
  await expect(cell(2, 6).textContent()).resolves.toBe('2024-01-15');

  // The menu's refresh, then an agreement from the sidebar.
  await page.getByRole('button', { name: MENU.refresh }).click();
  await page.locator('#menu-status').getByText(/uppdaterade/).waitFor();
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  const card = sidebar.locator('[data-agreement-id="Ö-0001"]');
  await card.getByRole('button', { name: SIDEBAR_TEXT.agreements.createLabel('Ö-0001', 'Anna Ek') }).click();
  const link = card.locator('.success').getByRole('link', { name: SIDEBAR_TEXT.agreements.openDocument });
  await expect(link.getAttribute('href')).resolves.toMatch(/\/out\/Handlednings%C3%B6verenskommelse%20%E2%80%93%20Anna%20Ek%20%E2%80%93%20.+\.docx$/);

  // On disk: the .docx, and the workbook with the edit, the computed block and the file's name.
  const docs = readdirSync(join(folder, 'överenskommelser'));
  expect(docs).toEqual([expect.stringMatching(/^Handledningsöverenskommelse – Anna Ek – \d{4}-\d{2}-\d{2}\.docx$/)]);
  const saved = await savedFile();
  const trainees = saved.getWorksheet('ST-läkare')!;
  expect(trainees.getCell('N2').value).toBe('Ringde 23/11');
  expect(trainees.getCell('F2').value).toEqual(new Date('2024-01-15T00:00:00Z'));
  expect(trainees.getCell(2, column(trainees, 'Årlig avstämning')).value).toBe('Försenad');
  const agreements = saved.getWorksheet('Överenskommelser')!;
  expect(agreements.getCell(2, column(agreements, 'Dokument')).value).toBe(docs[0]);
  expect(existsSync(`${path}.bak`)).toBe(true);

  // The page links the file, and the sheet frame is axe-clean.
  await page.evaluate(() => (document.getElementById('workbook') as HTMLIFrameElement).contentWindow?.location.reload());
  await workbook.locator('#documents li a').waitFor();
  await expectAxeClean(await workbookFrame(page), 'local workbook page');
  expect(pageErrors).toEqual([]);
}, 180_000);

test('a checkbox and a value list save at once', async () => {
  opened = opened ?? (await openPreview(browser, preview));
  const { page } = opened;
  const workbook = page.frameLocator('#workbook');
  await workbook.getByRole('link', { name: 'Samtal' }).click();
  const box = workbook.locator('#sheet-table tr[data-row="3"] td[data-kind="checkbox"] input');
  await expect(box.isChecked()).resolves.toBe(true);
  await box.uncheck();
  await workbook.locator('#sheet-table tr[data-row="3"] td[data-kind="checkbox"] input:not(:checked)').waitFor();
  await waitUntil(async () => (await savedFile()).getWorksheet('Samtal')!.getCell('F3').value === false);
  const saved = await savedFile();
  expect(saved.getWorksheet('Samtal')!.getCell('F3').value).toBe(false);

  const type = workbook.locator('#sheet-table tr[data-row="3"] td[data-kind="list"]').first();
  // After a save the frame reloads twice (itself, then the shell when it sees the change): an
  // editor opened in between is thrown away with its page, so open it again until the choice goes out.
  await waitUntil(async () => {
    try {
      await type.click({ timeout: 3000 });
      await type.locator('select').selectOption('Medsittning', { timeout: 3000 });
      return true;
    } catch {
      return false;
    }
  });
  await workbook.locator('#sheet-table tr[data-row="3"]').getByText('Medsittning', { exact: true }).waitFor();
  expect((await savedFile()).getWorksheet('Samtal')!.getCell('D3').value).toBe('Medsittning');
}, 120_000);
