/**
 * Issue #6.5: the settings a coordinator changes in the sidebar (getSettings /
 * saveSettings), stored in the document property ST_KOLL_SETTINGS; and #6.9:
 * selectTraineeRow, which the overview's names call.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { DEFAULT_SETTINGS, SETTINGS_PROPERTY_KEY, settingDescriptors } from '../../src/domain/settings';
import { SHEET } from '../../src/domain/sheetContract';
import type { Result, SettingsDto } from '../../src/shared/api';
import { SETTING_TEXTS } from '../../src/shared/messages/settings';
import { coreSheets, NOW } from './coreWorkbook';

function fresh(stored?: string): LoadedBundle {
  return loadBundle({
    workbook: { sheets: coreSheets() },
    now: NOW,
    properties: stored === undefined ? undefined : { document: { [SETTINGS_PROPERTY_KEY]: stored } },
  });
}

function view(bundle: LoadedBundle): SettingsDto {
  const result = bundle.callFromClient<Result<{ view: SettingsDto }>>('getSettings');
  if (!result.ok) throw new Error(result.message);
  return result.view;
}

function stored(bundle: LoadedBundle): string | undefined {
  return bundle.env.properties.get('document')[SETTINGS_PROPERTY_KEY];
}

describe('getSettings', () => {
  test('lists every setting of the schema with its default, value, Swedish label and description', () => {
    const settings = view(fresh()).settings;
    expect(settings.map((s) => s.key)).toEqual(settingDescriptors().map((d) => d.key));
    const annual = settings.find((s) => s.key === 'annualIntervalMonths')!;
    expect(annual).toMatchObject({
      kind: 'integer',
      defaultValue: 12,
      value: 12,
      overridden: false,
      min: 1,
      max: 36,
      label: SETTING_TEXTS.annualIntervalMonths.label,
      unit: 'månader',
    });
    expect(settings.find((s) => s.key === 'defaultFrequency')).toMatchObject({ kind: 'choice', choices: ['Varje vecka', 'Varje månad', '6 gånger per år'] });
    expect(settings.find((s) => s.key === 'midStAt')).toMatchObject({ kind: 'decimal', min: 0, max: 1 });
    expect(settings.find((s) => s.key === 'agreementBatchSize')).toMatchObject({ defaultValue: 3, min: 1, max: 10 });
  });

  test('a stored value that is out of range (edited elsewhere) is reported, and the default is in force', () => {
    const result = view(fresh(JSON.stringify({ annualSoonDays: 45, annualIntervalMonths: 99 })));
    expect(result.settings.find((s) => s.key === 'annualSoonDays')).toMatchObject({ value: 45, overridden: true });
    expect(result.settings.find((s) => s.key === 'annualIntervalMonths')).toMatchObject({ value: 12, overridden: false });
    expect(result.problems).toEqual([
      `Det sparade värdet för ${SETTING_TEXTS.annualIntervalMonths.label} är ogiltigt; standardvärdet 12 används tills du sparar ett nytt.`,
    ]);
  });

  test('a property that is not JSON is reported once; every setting is its default', () => {
    const result = view(fresh('{annual: 3'));
    expect(result.problems).toEqual([expect.stringContaining('ST_KOLL_SETTINGS')]);
    expect(result.settings.every((s) => s.value === s.defaultValue)).toBe(true);
  });
});

describe('saveSettings', () => {
  test('a valid value is stored in ST_KOLL_SETTINGS and read back as the value in force', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ view: SettingsDto }>>('saveSettings', { values: { annualSoonDays: 60, midStAt: 0.55 } });
    if (!result.ok) throw new Error(result.message);
    expect(JSON.parse(stored(bundle)!)).toEqual({ annualSoonDays: 60, midStAt: 0.55 });
    expect(result.view.settings.find((s) => s.key === 'annualSoonDays')).toMatchObject({ value: 60, overridden: true });
    expect(view(bundle).settings.find((s) => s.key === 'midStAt')!.value).toBe(0.55);
  });

  test('an empty field (null) or the default removes the override; no override left removes the property', () => {
    const bundle = fresh(JSON.stringify({ annualSoonDays: 45, windowDays: 300 }));
    bundle.callFromClient('saveSettings', { values: { annualSoonDays: null, windowDays: DEFAULT_SETTINGS.windowDays } });
    expect(stored(bundle)).toBeUndefined();
  });

  test('an invalid value is refused with a Swedish message naming the setting, and nothing is stored', () => {
    const bundle = fresh(JSON.stringify({ annualSoonDays: 45 }));
    const before = stored(bundle);
    const result = bundle.callFromClient<Result<{ view: SettingsDto }>>('saveSettings', {
      values: { annualSoonDays: 20, annualIntervalMonths: 0, midStAt: 'halva', defaultFrequency: 'Varje år' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`${SETTING_TEXTS.annualIntervalMonths.label}: ange ett heltal från 1 till 36.`);
    expect(result.message).toContain(`${SETTING_TEXTS.midStAt.label}: ange ett tal.`);
    expect(result.message).toContain(`${SETTING_TEXTS.defaultFrequency.label}: välj ett av Varje vecka, Varje månad, 6 gånger per år.`);
    expect(stored(bundle)).toBe(before);
  });

  test('an unknown key or an input of the wrong shape is refused', () => {
    const bundle = fresh();
    const unknown = bundle.callFromClient<Result<object>>('saveSettings', { values: { noSuchSetting: 1 } });
    expect(unknown).toEqual({ ok: false, message: 'Okänd inställning: noSuchSetting.' });
    for (const input of [null, 'x', { values: [1] }, { values: { annualSoonDays: { a: 1 } } }]) {
      const result = bundle.callFromClient<Result<object>>('saveSettings', input);
      expect(result.ok).toBe(false);
    }
    expect(stored(bundle)).toBeUndefined();
  });

  test('keys another version stored are kept', () => {
    const bundle = fresh(JSON.stringify({ futureSetting: 'x', annualSoonDays: 45 }));
    bundle.callFromClient('saveSettings', { values: { annualSoonDays: 10 } });
    expect(JSON.parse(stored(bundle)!)).toEqual({ futureSetting: 'x', annualSoonDays: 10 });
  });

  test('saving holds the document lock: while a colleague holds it, nothing is stored', () => {
    const bundle = fresh();
    bundle.env.lock.holdElsewhere(true);
    const busy = bundle.callFromClient<Result<object>>('saveSettings', { values: { annualSoonDays: 10 } });
    expect(busy.ok).toBe(false);
    expect(stored(bundle)).toBeUndefined();
    bundle.env.lock.holdElsewhere(false);
    expect(bundle.callFromClient<Result<object>>('saveSettings', { values: { annualSoonDays: 10 } }).ok).toBe(true);
  });
});

describe('selectTraineeRow', () => {
  test("selects the whole row holding the trainee's ID now, with one read of ST-läkare", () => {
    const bundle = fresh();
    bundle.env.calls.reset();
    const result = bundle.callFromClient<Result<{ row: number }>>('selectTraineeRow', { traineeId: 'ST-0002' });
    expect(result).toEqual({ ok: true, row: 3 });
    expect(bundle.env.spreadsheet.active()).toEqual({ sheet: SHEET.trainees, range: expect.stringMatching(/^A3:[A-Z]+3$/) });
    // One getSheetValues: the sheet read in one call, no Range object made for it.
    expect(bundle.env.calls.byMethod()['Sheet.getSheetValues']).toBe(1);
    expect(bundle.env.calls.byMethod()['Range.getValues']).toBeUndefined();
  });

  test('after the user sorts, the ID is found on its new row', () => {
    const bundle = fresh();
    bundle.env.spreadsheet.deleteRows(SHEET.trainees, 2, 1);
    expect(bundle.callFromClient('selectTraineeRow', { traineeId: 'ST-0002' })).toEqual({ ok: true, row: 2 });
  });

  test('an unknown ID or bad input is refused in Swedish and the selection stays', () => {
    const bundle = fresh();
    bundle.env.spreadsheet.select(SHEET.sessions, 'B2');
    const unknown = bundle.callFromClient<Result<object>>('selectTraineeRow', { traineeId: 'ST-9999' });
    expect(unknown).toEqual({ ok: false, message: expect.stringMatching(/finns inte längre/) });
    for (const input of [null, {}, { traineeId: '' }, { traineeId: 5 }]) {
      expect(bundle.callFromClient<Result<object>>('selectTraineeRow', input).ok).toBe(false);
    }
    expect(bundle.env.spreadsheet.active()).toEqual({ sheet: SHEET.sessions, range: 'B2' });
  });
});
