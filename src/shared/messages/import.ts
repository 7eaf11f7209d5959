/**
 * Texts of importing an existing list (PRODUCT.md §9): the dry run's reasons,
 * the mapping errors and the sidebar's import view. The sidebar bundle imports
 * this file directly, as it does sidebar.ts.
 */
import { quoteInput } from './validation';

const rows = (n: number) => (n === 1 ? '1 rad' : `${n} rader`);

export const IMPORT = {
  /** A reason about one cell: the source's own header first, so the user finds the cell. */
  cellReason: (sourceHeader: string, message: string) => `${quoteInput(sourceHeader)}: ${message}`,
  alreadyInSheet: (sheet: string, row: number, by: 'email' | 'name') =>
    `Finns redan i ${sheet} (rad ${row}, ${by === 'email' ? 'samma e-post' : 'samma namn'})`,
  earlierInList: (row: number, by: 'email' | 'name') =>
    `Samma person som rad ${row} i listan (${by === 'email' ? 'samma e-post' : 'samma namn'})`,
  supervisorAmbiguous: (name: string, sheet: string) =>
    `Handledaren ${quoteInput(name)} finns på flera rader i ${sheet} – skriv handledarens ID i listan i stället`,
  supervisorLookalike: (name: string, existing: string, sheet: string) =>
    `Handledaren ${quoteInput(name)} liknar ${quoteInput(existing)} i ${sheet} – skriv namnet exakt som där, eller handledarens ID`,
  supervisorUnknownId: (id: string, sheet: string) => `Handledaren med ID ${quoteInput(id)} finns inte i ${sheet}`,

  // Mapping errors: the whole import stops and nothing is read or written.
  unknownSourceHeader: (header: string) => `Kolumnen ${quoteInput(header)} finns inte i listan. Hämta förslaget igen.`,
  unknownTarget: (target: string) => `${quoteInput(target)} är ingen kolumn som ST-koll kan fylla i.`,
  targetTwice: (target: string, headers: string[]) =>
    `Både ${headers.map(quoteInput).join(' och ')} är kopplade till ${target}. Välj en av dem.`,
  requiredTarget: (target: string) => `Välj vilken kolumn i listan som innehåller ${target}.`,
  notASource: (sheet: string) => `Bladet ${quoteInput(sheet)} hör till ST-koll och kan inte importeras. Välj bladet med din egen lista.`,
  sourceMissing: (sheet: string) => `Bladet ${quoteInput(sheet)} finns inte längre. Välj ett annat blad.`,
  sourceEmpty: (sheet: string) => `Bladet ${quoteInput(sheet)} är tomt.`,
  inputShape: 'Uppgifterna om importen kom inte fram. Ladda om sidopanelen och försök igen.',

  summary: (added: number, skipped: number, problems: number) =>
    `${rows(added)} läggs till, ${rows(skipped)} finns redan, ${rows(problems)} har problem.`,
  done: (added: number, supervisors: number) =>
    `${added === 1 ? '1 ST-läkare' : `${added} ST-läkare`} importerades` +
    (supervisors ? `, och ${supervisors === 1 ? '1 ny handledare' : `${supervisors} nya handledare`} lades till i Handledare.` : '.'),
} as const;

/** The sidebar's import view. */
export const IMPORT_VIEW = {
  open: 'Importera lista…',
  heading: 'Importera lista',
  close: 'Tillbaka',
  intro: 'Hämta ST-läkare från en lista du redan har, i ett annat blad i arbetsboken. Listan själv ändras aldrig.',
  sheetLabel: 'Blad med listan',
  sheetPlaceholder: 'Välj blad',
  noSheets: 'Det finns inget annat blad att importera från. Klistra in listan i ett nytt blad och försök igen.',
  load: 'Läs in kolumnerna',
  loading: 'Läser in…',
  mappingHeading: 'Kolumner',
  mappingHint: (headerRow: number) =>
    `Rubrikerna står på rad ${headerRow}. Välj vilken kolumn i ST-läkare varje kolumn i listan ska fylla. Namn och ST-start behövs.`,
  notImported: 'Importeras inte',
  preview: 'Provkör',
  previewing: 'Provkör…',
  run: 'Importera',
  running: 'Importerar…',
  previewHeading: 'Provkörning – inget är ändrat än',
  resultHeading: 'Importen är klar',
  counts: { toAdd: 'Läggs till', added: 'Tillagda', skipped: 'Finns redan', problems: 'Problem' },
  newSupervisors: (names: readonly string[], done: boolean) =>
    `${done ? 'Nya handledare i Handledare' : 'Nya handledare som läggs till i Handledare'}: ${names.join(', ')}.`,
  problemsCaption: 'Rader med problem – rätta dem i listan och provkör igen',
  skippedSummary: (n: number) => (n === 1 ? 'Visa raden som redan finns' : `Visa de ${n} rader som redan finns`),
  skippedCaption: 'Rader som redan finns',
  columns: { row: 'Rad', reason: 'Orsak' },
  summary: IMPORT.summary,
  done: IMPORT.done,
} as const;
