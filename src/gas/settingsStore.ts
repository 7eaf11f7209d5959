/**
 * What ST-koll keeps in the document properties, read in one call: the
 * settings overrides (one JSON value) and the layout of the columns ST-koll
 * last verified as its own (src/gas/columnOwnership.ts).
 */
import { UserError } from '../app/userError';
import { resolveSettings, SETTINGS_PROPERTY_KEY, type Settings } from '../domain/settings';
import { ERROR } from '../shared/messages';

/** The document's properties, or a Swedish error outside a document (getDocumentProperties() is then null). */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  const properties = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  if (!properties) throw new UserError(ERROR.noDocument);
  return properties;
}

export interface DocumentState {
  settings: Settings;
  /** Every document property, for readers of other keys (one read for all). */
  stored: Readonly<Record<string, string>>;
}

export function loadDocumentState(): DocumentState {
  const stored = documentProperties().getProperties();
  // An invalid override falls back to its default inside resolveSettings; a
  // refresh must never stop because of a typo in the settings.
  return { settings: resolveSettings(stored[SETTINGS_PROPERTY_KEY] ?? null).settings, stored };
}

export function loadSettings(): Settings {
  return loadDocumentState().settings;
}

/** The stored JSON as it is, or null. */
export function readStoredSettings(): string | null {
  return documentProperties().getProperty(SETTINGS_PROPERTY_KEY);
}

/** '' removes the property: every setting is back to its default. */
export function writeStoredSettings(json: string): void {
  const properties = documentProperties();
  if (json) properties.setProperty(SETTINGS_PROPERTY_KEY, json);
  else properties.deleteProperty(SETTINGS_PROPERTY_KEY);
}
