/**
 * Issue #6.5 and #6.9 in Chromium: the Inställningar tab lists every setting and
 * saves to ST_KOLL_SETTINGS (an invalid value refused in Swedish); a trainee's
 * name in the overview selects their row in ST-läkare. axe on the settings view.
 * Run alone:  npx jest test/browser/settings.test.ts
 */
import { SETTINGS_PROPERTY_KEY, settingDescriptors } from '../../src/domain/settings';
import { SHEET } from '../../src/domain/sheetContract';
import { SETTING_TEXTS } from '../../src/shared/messages/settings';
import { SETTINGS_VIEW_TEXT as S } from '../../src/shared/messages/settingsView';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { expectAxeClean, sidebarFrame } from './axe';
import { usePreviewSession } from './support';

const session = usePreviewSession();

function storedSettings(): string | undefined {
  return session.preview.backend.bundle.env.properties.get('document')[SETTINGS_PROPERTY_KEY];
}

async function openSettings() {
  const opened = await session.open();
  await opened.sidebar.getByRole('tab', { name: S.tab }).click();
  await opened.sidebar.locator('.setting').first().waitFor();
  return opened;
}

test('Inställningar shows every setting with its default and description', async () => {
  const { page, sidebar } = await openSettings();
  await expect(sidebar.locator('.setting').count()).resolves.toBe(settingDescriptors().length);
  const batch = sidebar.locator('[data-setting="agreementBatchSize"]');
  await expect(batch.textContent()).resolves.toContain(SETTING_TEXTS.agreementBatchSize.description);
  await expect(batch.textContent()).resolves.toContain(S.defaultIs('3'));
  await expectAxeClean(await sidebarFrame(page), 'settings');
});

test('Inställningar refuses a bad value in Swedish and saves a good one to ST_KOLL_SETTINGS', async () => {
  const { page, sidebar } = await openSettings();
  const soon = sidebar.getByLabel(SETTING_TEXTS.annualSoonDays.label);
  await expect(soon.getAttribute('placeholder')).resolves.toBe('30');
  await soon.fill('400');
  await sidebar.getByRole('button', { name: S.save }).click();
  await sidebar.locator('.js-settings-form-error').getByText('från 0 till 365').waitFor();
  expect(storedSettings()).toBeUndefined();
  await expectAxeClean(await sidebarFrame(page), 'settings with a refused value');

  await soon.fill('45');
  await sidebar.getByLabel(SETTING_TEXTS.midStAt.label).fill('0,55');
  await sidebar.getByRole('button', { name: S.save }).click();
  await sidebar.getByText(S.saved).waitFor();
  expect(JSON.parse(storedSettings()!)).toEqual({ annualSoonDays: 45, midStAt: 0.55 });
  await expect(sidebar.locator('[data-setting="annualSoonDays"] .setting-changed').count()).resolves.toBe(1);
});

test("clicking a trainee's name in the overview selects their row in ST-läkare", async () => {
  const { sidebar } = await session.open();
  const first = sidebar.locator('.trainee').first();
  const id = await first.getAttribute('data-trainee-id');
  await first.locator('.trainee-select').click();
  await sidebar.getByText(/i bladet ST-läkare är markerad/).waitFor();
  const records = session.preview.backend.bundle.env.spreadsheet.records(SHEET.trainees);
  const row = records.findIndex((r) => r.ID === id) + 2;
  const active = session.preview.backend.bundle.env.spreadsheet.active();
  expect(active.sheet).toBe(SHEET.trainees);
  expect(active.range).toMatch(new RegExp(`^A${row}:[A-Z]+${row}$`));
  expect(await sidebar.locator('#status').textContent()).toBe(SIDEBAR_TEXT.overview.rowSelected(row));
});
