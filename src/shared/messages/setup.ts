/** What setupWorkbook (Förbered arbetsboken) tells the user. */

/** Description of the warning-only protection on every computed block; also how setup finds its own. */
export const SETUP_PROTECTION_DESCRIPTION = 'ST-koll – beräknade kolumner';

/** Description of the warning-only protection of the sheet Översikt; also how setup finds it. */
export const OVERVIEW_PROTECTION_DESCRIPTION = 'ST-koll – översikten skrivs om vid varje uppdatering';

/** Note on each computed header cell. */
export const SETUP_COMPUTED_HEADER_NOTE =
  'Fylls i av ST-koll vid varje uppdatering (ST-koll → Uppdatera flaggor). Ändringar här skrivs över.';

/** Shown while setup runs: on a large workbook it takes several seconds in Sheets (issue #12). */
export const SETUP_WORKING = 'Förbereder arbetsboken: blad, rubriker, listor, färger och skydd…';

/** Help text of the data validation, by kind of column. */
export const SETUP_HELP = {
  date: 'Datum: ÅÅÅÅ-MM-DD',
  email: 'E-postadress, t.ex. namn@region.se',
  reference: 'ID (t.ex. ST-0001 eller HL-0001) eller personens namn om det är unikt.',
  specialty: 'Välj i listan eller skriv en annan specialitet.',
  template: 'Välj en inbyggd mall eller klistra in ID eller länk till ett eget Google-dokument.',
  list: 'Välj ett värde i listan.',
  checkbox: 'Kryssa i när samtalet är dokumenterat.',
  regulation: 'HSLF-FS 2021:8 eller SOSFS 2015:8. Tomt: ST-start från 2021-07-01 ger 2021:8, tidigare 2015:8.',
  number: (min: number, max?: number): string =>
    max === undefined ? `Ett tal, minst ${min}.` : `Ett tal mellan ${min} och ${max}.`,
} as const;

function listOf(items: readonly string[]): string {
  return items.join(', ');
}

export interface SetupSummaryText {
  createdSheets: readonly string[];
  addedColumns: ReadonlyArray<{ sheet: string; headers: readonly string[] }>;
  seededDelmal?: number;
}

/** The toast after a successful setup. */
export function setupDoneMessage(summary: SetupSummaryText): string {
  const parts: string[] = [];
  if (summary.createdSheets.length > 0) parts.push(`Nya flikar: ${listOf(summary.createdSheets)}.`);
  const created = new Set(summary.createdSheets);
  for (const { sheet, headers } of summary.addedColumns) {
    if (!created.has(sheet) && headers.length > 0) parts.push(`Nya kolumner i ${sheet}: ${listOf(headers)}.`);
  }
  if (summary.seededDelmal) parts.push(`${summary.seededDelmal} delmål lades till i Målbeskrivning.`);
  if (parts.length === 0) return 'Arbetsboken var redan förberedd. Validering, färger och skydd är uppdaterade.';
  return `Arbetsboken är förberedd. ${parts.join(' ')}`;
}
