/** Settings overrides live in the document properties (one JSON value). */
import { resolveSettings, SETTINGS_PROPERTY_KEY, type Settings } from '../domain/settings';

export function loadSettings(): Settings {
  // An invalid override falls back to its default inside resolveSettings; a
  // refresh must never stop because of a typo in the settings.
  return resolveSettings(readStoredSettings()).settings;
}

/** The stored JSON as it is, or null. */
export function readStoredSettings(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY_KEY);
}

/** '' removes the property: every setting is back to its default. */
export function writeStoredSettings(json: string): void {
  const properties = PropertiesService.getDocumentProperties();
  if (json) properties.setProperty(SETTINGS_PROPERTY_KEY, json);
  else properties.deleteProperty(SETTINGS_PROPERTY_KEY);
}
