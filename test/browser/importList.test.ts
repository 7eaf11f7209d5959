/**
 * Importera lista (PRODUCT.md §9) in the real sidebar, in headless Chromium:
 * the menu item opens the import view on the list the user is on, the mapping
 * can be changed with the keyboard, the dry run shows the counts and the
 * problem rows by the list's own row numbers, and the import lands in the
 * workbook, refreshes and says what it did. Axe-clean at each step.
 * Run alone:  npx jest test/browser/importList.test.ts
 */
import { sampleWorkbook } from '../../dev/sampleWorkbook';
import { SHEET } from '../../src/domain/sheetContract';
import { IMPORT_VIEW } from '../../src/shared/messages/import';
import { MENU } from '../../src/shared/messages/ui';
import { expectAxeClean, sidebarFrame } from './axe';
import { TODAY, usePreviewSession } from './support';

const T = IMPORT_VIEW;
const LIST = 'Min lista';

function workbook() {
  const sample = sampleWorkbook(TODAY);
  return {
    ...sample,
    sheets: {
      ...sample.sheets,
      [LIST]: [
        ['Läkare', 'Mail', 'Startdatum', 'Klinik', 'Handledare', 'Telefon'],
        ['Nora Importsson', 'nora@example.se', '2026-02-01', 'VC Import', '', '0042'],
        ['Otto Lista', '', '03/04/2026', '', '', ''],
        ['', '', '', '', '', ''],
        ['Petra Provsson', '', '2025-10-01', '', '<img src=x onerror="document.title=1">Ny Handledare', ''],
      ],
    },
  };
}

const session = usePreviewSession({ workbook: workbook() });

// A dry run only, so the menu test below starts from the same workbook.
test('from the sidebar: the import link opens the view; a name with markup stays text', async () => {
  const { sidebar } = await session.open();
  await sidebar.getByRole('button', { name: T.open }).click();
  await sidebar.getByRole('combobox', { name: T.sheetLabel }).selectOption(LIST);
  await sidebar.getByRole('button', { name: T.load, exact: true }).click();
  await sidebar.getByRole('button', { name: T.preview, exact: true }).click();
  await sidebar.locator('.import-result').waitFor();
  await expect(sidebar.locator('.import-result').textContent()).resolves.toContain('<img src=x onerror="document.title=1">Ny Handledare');
  await expect(sidebar.locator('.import-result img').count()).resolves.toBe(0);
  // Three server calls after the page loads: room for a loaded machine.
}, 60_000);

test('from the menu: the list is read, changed by keyboard, dry-run, imported and refreshed', async () => {
  const { page, sidebar } = await session.open();
  session.preview.backend.select(LIST, 1);
  await page.getByRole('button', { name: MENU.importList }).click();
  const heading = sidebar.getByRole('heading', { name: T.heading });
  await heading.waitFor();
  await sidebar.getByRole('combobox', { name: 'Läkare' }).waitFor();
  const frame = await sidebarFrame(page);
  await expectAxeClean(frame, 'import view with the mapping');

  // The proposal; Telefon is left out. Klinik is changed away and back with the keyboard.
  await expect(sidebar.getByRole('combobox', { name: 'Startdatum' }).inputValue()).resolves.toBe('ST-start');
  await expect(sidebar.getByRole('combobox', { name: 'Telefon' }).inputValue()).resolves.toBe('');
  const klinik = sidebar.getByRole('combobox', { name: 'Klinik' });
  await klinik.selectOption('');
  await klinik.focus();
  await klinik.selectOption('Enhet');

  await sidebar.getByRole('button', { name: T.preview, exact: true }).click();
  const result = sidebar.locator('.import-result');
  await result.waitFor();
  await expect(result.locator('.count').allTextContents()).resolves.toEqual([`${T.counts.toAdd}2`, `${T.counts.skipped}0`, `${T.counts.problems}1`]);
  await expect(result.locator('tbody tr').allTextContents()).resolves.toEqual(['3”Startdatum”: Ogiltigt datum ”03/04/2026” – skriv datumet som ÅÅÅÅ-MM-DD']);
  await expectAxeClean(frame, 'import dry run');
  expect(session.preview.backend.bundle.env.spreadsheet.records(SHEET.trainees).some((r) => r.Namn === 'Nora Importsson')).toBe(false);

  // Import, by keyboard: focus the button and press Enter.
  const run = sidebar.getByRole('button', { name: T.run, exact: true });
  await run.focus();
  await page.keyboard.press('Enter');
  await sidebar.getByRole('heading', { name: T.resultHeading }).waitFor();
  await sidebar.locator('#status').filter({ hasText: '2 ST-läkare importerades, och 1 ny handledare lades till i Handledare.' }).waitFor();
  const records = session.preview.backend.bundle.env.spreadsheet.records(SHEET.trainees);
  const nora = records.find((r) => r.Namn === 'Nora Importsson');
  expect(nora).toMatchObject({ 'E-post': 'nora@example.se', 'ST-start': '2026-02-01', Enhet: 'VC Import' });
  // The refresh ran: the new row has its computed block.
  expect(nora?.['Årlig avstämning']).toBe('OK');
  await expect(run.isDisabled()).resolves.toBe(true);
  await expectAxeClean(frame, 'import done');

  // Back to the tabs.
  await sidebar.getByRole('button', { name: T.close, exact: true }).click();
  await sidebar.getByRole('tab', { name: 'Översikt' }).waitFor();
  // Four axe runs, a dry run, an import and a refresh: more than one step's worth of time under load.
}, 120_000);
