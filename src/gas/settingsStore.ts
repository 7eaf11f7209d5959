/** Settings overrides live in the document properties (one JSON value). */
import { resolveSettings, SETTINGS_PROPERTY_KEY, type Settings } from '../domain/settings';

export function loadSettings(): Settings {
  const stored = PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY_KEY);
  // An invalid override falls back to its default inside resolveSettings; a
  // refresh must never stop because of a typo in the settings.
  return resolveSettings(stored).settings;
}
