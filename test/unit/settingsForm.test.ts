/**
 * Issue #6.5: the settings view's model (src/app/settingsForm.ts) and how the
 * sidebar reads a typed value (sidebar/settingValue.ts).
 */
import { applySettingsValues, settingsView } from '../../src/app/settingsForm';
import { DEFAULT_SETTINGS, settingDescriptors } from '../../src/domain/settings';
import { SETTING_TEXTS } from '../../src/shared/messages/settings';
import { fieldValue } from '../../sidebar/settingValue';

describe('every setting of the schema is in the view', () => {
  test('with its default, bounds from the schema and a Swedish label and description', () => {
    const view = settingsView(null);
    expect(view.settings.map((s) => s.key)).toEqual(Object.keys(DEFAULT_SETTINGS));
    for (const setting of view.settings) {
      expect(setting.defaultValue).toBe(DEFAULT_SETTINGS[setting.key as keyof typeof DEFAULT_SETTINGS]);
      expect(setting.label).toBe(SETTING_TEXTS[setting.key as keyof typeof SETTING_TEXTS].label);
      expect(setting.description.length).toBeGreaterThan(20);
    }
    expect(settingDescriptors().find((d) => d.key === 'sparseIntervals')).toEqual({
      key: 'sparseIntervals', kind: 'integer', defaultValue: 2, min: 1, max: 12, choices: [],
    });
  });
});

describe('saving values', () => {
  test('a change is kept, the default and null drop the override, other stored keys stay', () => {
    const stored = JSON.stringify({ annualSoonDays: 45, windowDays: 200, other: true });
    const change = applySettingsValues(stored, { annualSoonDays: 14, windowDays: null, iupSoonDays: 30 });
    expect(change).toEqual({ ok: true, storedJson: JSON.stringify({ annualSoonDays: 14, other: true }) });
  });

  test('one bad value refuses the whole change, naming each bad setting', () => {
    const change = applySettingsValues(null, { annualSoonDays: 14, sparseIntervals: 1.5, defaultFrequency: 'Ibland' });
    expect(change.ok).toBe(false);
    if (change.ok) return;
    expect(change.message).toBe(
      `${SETTING_TEXTS.sparseIntervals.label}: ange ett heltal från 1 till 12. ` +
        `${SETTING_TEXTS.defaultFrequency.label}: välj ett av Varje vecka, Varje månad, 6 gånger per år.`,
    );
  });
});

describe('what the sidebar sends for a typed value', () => {
  test.each([
    ['', null],
    ['  ', null],
    ['45', 45],
    ['0,55', 0.55],
    ['0.55', 0.55],
    ['1 000', 1000],
    ['halva', 'halva'],
  ])('%j → %j', (typed, sent) => {
    expect(fieldValue({ kind: 'decimal' }, typed)).toBe(sent);
  });

  test('a choice is sent as chosen', () => {
    expect(fieldValue({ kind: 'choice' }, 'Varje månad')).toBe('Varje månad');
  });
});
