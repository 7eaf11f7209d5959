/**
 * Use case "see and change the settings" (issue #6.5): the settings view is
 * built from the descriptors of src/domain/settings.ts and the Swedish texts
 * of the catalogue, so a setting added to the schema appears here by itself.
 * Pure: the shell reads and writes the document property.
 */
import {
  DEFAULT_SETTINGS,
  isSettingKey,
  parseSettingValue,
  resolveSettings,
  settingDescriptors,
  storedOverrides,
  type SettingDescriptor,
  type SettingKey,
} from '../domain/settings';
import type { SettingDto, SettingsDto } from '../shared/api';
import { SETTING_TEXTS, SETTINGS_MSG, type SettingText } from '../shared/messages/settings';

/** Typed by the schema's keys: a setting without its Swedish text does not compile. */
const TEXTS: Record<SettingKey, SettingText> = SETTING_TEXTS;

function shown(value: number | string): string {
  return typeof value === 'number' ? SETTINGS_MSG.formatNumber(value) : value;
}

/** Every setting with its value in force, its default and its text; stored values that do not read are reported. */
export function settingsView(storedJson: string | null): SettingsDto {
  const resolved = resolveSettings(storedJson);
  const invalid = new Set(resolved.ok ? [] : resolved.invalidKeys);
  const overrides = storedOverrides(storedJson);
  const problems = [...invalid].map((key) =>
    isSettingKey(key) ? SETTINGS_MSG.storedInvalid(TEXTS[key].label, shown(DEFAULT_SETTINGS[key])) : SETTINGS_MSG.storedUnreadable,
  );
  const settings = settingDescriptors().map(
    (d): SettingDto => ({
      ...d,
      choices: [...d.choices],
      ...TEXTS[d.key],
      value: resolved.settings[d.key],
      overridden: d.key in overrides && !invalid.has(d.key),
    }),
  );
  return { settings, problems };
}

export type SettingsChange = { ok: true; storedJson: string } | { ok: false; message: string };

/**
 * The stored overrides after the user's values: null or the default removes an
 * override; any value the schema refuses refuses the whole change (with every
 * reason), so nothing is half-saved. Keys the form did not send stay as stored.
 */
export function applySettingsValues(storedJson: string | null, values: Record<string, unknown>): SettingsChange {
  const overrides = storedOverrides(storedJson);
  const descriptors = new Map(settingDescriptors().map((d) => [d.key, d]));
  const errors: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!isSettingKey(key)) {
      errors.push(SETTINGS_MSG.unknownSetting(key));
      continue;
    }
    if (value === null) {
      delete overrides[key];
      continue;
    }
    const parsed = parseSettingValue(key, value);
    if (parsed === null) errors.push(refusal(descriptors.get(key)!, value));
    else if (parsed === DEFAULT_SETTINGS[key]) delete overrides[key];
    else overrides[key] = parsed;
  }
  if (errors.length) return { ok: false, message: errors.join(' ') };
  return { ok: true, storedJson: Object.keys(overrides).length ? JSON.stringify(overrides) : '' };
}

function refusal(descriptor: SettingDescriptor, value: unknown): string {
  const label = TEXTS[descriptor.key].label;
  if (descriptor.kind === 'choice') return SETTINGS_MSG.notAChoice(label, descriptor.choices);
  if (typeof value !== 'number' || !Number.isFinite(value)) return SETTINGS_MSG.notANumber(label);
  return SETTINGS_MSG.outOfRange(label, descriptor.kind === 'integer', descriptor.min, descriptor.max);
}

