/** How the settings view reads a typed value (DOM-free, so the unit tests import it). */
import type { SettingDto } from '../src/shared/api';

/** As shown in a field: decimal comma, as typed in Sweden. */
export function shownValue(value: number | string): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/** What the form sends for one field: null (default) when empty, a number when it reads as one, else the text for the server to refuse. */
export function fieldValue(setting: Pick<SettingDto, 'kind'>, raw: string): number | string | null {
  const text = raw.trim();
  if (text === '') return null;
  if (setting.kind === 'choice') return text;
  const number = Number(text.replace(',', '.').replace(/\s/g, ''));
  return Number.isFinite(number) ? number : text;
}
