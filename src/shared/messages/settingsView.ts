/**
 * The sidebar's settings view (Inställningar). The settings' own labels and
 * descriptions come from the server (messages/settings.ts); these are the
 * view's frame. Imported directly by the sidebar bundle.
 */
export const SETTINGS_VIEW_TEXT = {
  tab: 'Inställningar',
  heading: 'Inställningar',
  intro:
    'Gränserna som flaggorna räknas med. De sparas i arbetsboken och gäller alla som använder ST-koll i den. Ett tomt fält betyder standardvärdet. Välj Uppdatera flaggor efteråt.',
  loading: 'Hämtar inställningarna…',
  defaultIs: (shownDefault: string) => `Standard: ${shownDefault}`,
  changed: 'ändrad',
  problemsTitle: 'Sparade värden som inte kunde användas:',
  save: 'Spara inställningar',
  saving: 'Sparar…',
  saved: 'Inställningarna är sparade. Välj Uppdatera flaggor så räknas flaggorna om.',
  notSaved: 'Inget sparades:',
  resetAll: 'Återställ alla till standard',
} as const;
