/**
 * axe-core on every view of the sidebar and on the preview page: nothing
 * serious or critical. Another view adds a test here with expectAxeClean (axe.ts).
 * Run alone:  npx jest test/browser/accessibility.test.ts
 */
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { expectAxeClean, sidebarFrame, workbookFrame } from './axe';
import { usePreviewSession } from './support';

const T = SIDEBAR_TEXT;
const session = usePreviewSession();

test('the preview page and its workbook frame', async () => {
  const { page } = await session.open();
  await expectAxeClean(page, 'preview page');
  const workbook = await workbookFrame(page);
  await workbook.locator('#sheet-table').waitFor();
  await expectAxeClean(workbook, 'workbook frame');
});

test('the overview, with the validation report open', async () => {
  const { page, sidebar } = await session.open();
  await sidebar.locator('.trainee').first().waitFor();
  const frame = await sidebarFrame(page);
  await expectAxeClean(frame, 'overview');
  await sidebar.getByRole('button', { name: T.actions.validationReport, exact: true }).click();
  await sidebar.locator('.report').waitFor();
  await expectAxeClean(frame, 'validation report');
});

test('the log-session view, before and after a refused entry', async () => {
  const { page, sidebar } = await session.open();
  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  const frame = await sidebarFrame(page);
  await expectAxeClean(frame, 'log session');
  await sidebar.getByRole('button', { name: T.logSession.submit, exact: true }).click();
  await sidebar.locator('[aria-invalid="true"]').first().waitFor();
  await expectAxeClean(frame, 'log session with errors');
  // The trainee picker with its list open and an option highlighted.
  const picker = sidebar.getByRole('combobox', { name: T.logSession.trainee, exact: true });
  await picker.fill('a');
  await sidebar.getByRole('listbox', { name: T.logSession.trainee }).waitFor();
  await picker.press('ArrowDown');
  await expectAxeClean(frame, 'log session, trainee picker open');
});

test('the agreements view', async () => {
  const { page, sidebar } = await session.open();
  await sidebar.getByRole('tab', { name: T.tabs.agreements }).click();
  await sidebar.locator('#panel-agreements .card').first().waitFor();
  await expectAxeClean(await sidebarFrame(page), 'agreements');
});
