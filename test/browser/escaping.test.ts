/**
 * Workbook text is data, never markup: a trainee named like an HTML payload is
 * shown as text in the sidebar and in the preview's tables, and runs nothing.
 * Run alone:  npx jest test/browser/escaping.test.ts
 */
import type { Browser } from 'playwright-core';
import type { RunningPreview } from '../../dev/preview/server';
import { SHEET } from '../../src/domain/sheetContract';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { launchChromium, openPreview, pickerOption, sampleWithTraineeNamed, startTestPreview } from './support';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const AGREEMENT_PAYLOAD_URL = 'javascript:window.__xss=2';

function workbookWithPayload() {
  const workbook = sampleWithTraineeNamed(PAYLOAD);
  // A Dokument cell with a script URL must not become a link either.
  const agreements = workbook.sheets[SHEET.agreements];
  (agreements[1] as unknown[])[10] = AGREEMENT_PAYLOAD_URL;
  return workbook;
}

let browser: Browser;
let preview: RunningPreview;

beforeAll(async () => {
  [browser, preview] = await Promise.all([launchChromium(), startTestPreview({ workbook: workbookWithPayload() })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), preview?.close()]);
});

test('a trainee named <img onerror> is shown as text and runs nothing', async () => {
  const { context, page, sidebar, pageErrors } = await openPreview(browser, preview);
  try {
    const name = sidebar.locator('.trainee-name', { hasText: PAYLOAD });
    await name.waitFor();
    await expect(name.textContent()).resolves.toBe(PAYLOAD);
    await expect(sidebar.locator('.trainee img').count()).resolves.toBe(0);

    // In the session form's picker, too: the server's answer is shown as text.
    await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.logSession }).click();
    await sidebar.getByRole('combobox', { name: SIDEBAR_TEXT.logSession.trainee, exact: true }).fill('onerror');
    const option = pickerOption(sidebar, PAYLOAD);
    await option.waitFor();
    await expect(sidebar.locator('[role="listbox"] img').count()).resolves.toBe(0);
    await option.click();
    await expect(sidebar.getByRole('combobox', { name: SIDEBAR_TEXT.logSession.trainee, exact: true }).inputValue()).resolves.toBe(PAYLOAD);

    // The agreement whose Dokument holds a script URL shows it as plain text.
    await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
    await sidebar.getByText(AGREEMENT_PAYLOAD_URL).waitFor();
    await expect(sidebar.locator(`a[href^="javascript:"]`).count()).resolves.toBe(0);

    // And in the preview's own table of ST-läkare.
    const workbook = page.frameLocator('#workbook');
    await workbook.locator('td', { hasText: PAYLOAD }).first().waitFor();
    await expect(workbook.locator('#sheet-table img').count()).resolves.toBe(0);

    // Give an image error handler every chance to run, then check each frame.
    await page.waitForTimeout(300);
    for (const frame of page.frames()) {
      await expect(frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).resolves.toBeUndefined();
    }
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
