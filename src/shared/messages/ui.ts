/** Texts of the menu, the entry points and the shell's errors. */
import { SEARCH_LIMITS } from '../search';
import { MAX_SESSION_MINUTES, MAX_SESSION_NOTE_LENGTH } from '../sessionRules';
import { SIDEBAR_TEXT } from './sidebar';

export const MENU = {
  title: 'ST-koll',
  sidebar: 'Öppna ST-koll',
  refresh: 'Uppdatera flaggor',
  overdue: 'Visa försenade årliga avstämningar',
  validation: 'Valideringsrapport',
  reminders: 'Påminnelser…',
  generate: 'Skapa överenskommelse för markerad rad',
  generateMissing: 'Skapa alla saknade överenskommelser',
  importList: 'Importera lista…',
  setup: 'Förbered arbetsboken',
} as const;

export const UI = {
  sidebarTitle: 'ST-koll',
  validationTitle: 'ST-koll – valideringsrapport',
  noIssues: 'Inga fel hittades. Alla rader är giltiga.',
  /** The same count as the sidebar's report: one text in both places. */
  issuesIntro: SIDEBAR_TEXT.report.count,
  reportHeaders: ['Blad', 'Rad', 'Kolumn', 'Orsak'] as const,
  refreshDone: (trainees: number, overdue: number, issues: number) =>
    `${trainees} ST-läkare uppdaterade. ` +
    (overdue === 1 ? '1 försenad årlig avstämning.' : `${overdue} försenade årliga avstämningar.`) +
    (issues ? ` ${issues} fel – se valideringsrapporten.` : ''),
  overdueShown: (count: number) =>
    count === 0
      ? 'Ingen årlig avstämning är försenad. Filtret visar en tom lista.'
      : `Filtret visar ${count} ST-läkare med försenad årlig avstämning.`,
  overdueNeedsRefresh: 'Kolumnen ”Årlig avstämning” är tom. Kör ”Uppdatera flaggor” först.',
} as const;

export const ERROR = {
  missingSheet: (sheet: string) =>
    `Bladet ”${sheet}” finns inte. Välj ST-koll › Förbered arbetsboken så skapas det (inga data tas bort).`,
  missingHeaders: (sheet: string, headers: string[]) =>
    `Bladet ”${sheet}” saknar kolumnen ${headers.map((h) => `”${h}”`).join(', ')}. ` +
    'Kontrollera rubrikraden eller välj ST-koll › Förbered arbetsboken.',
  lockBusy: 'ST-koll uppdaterar redan arbetsboken i en annan flik eller hos en kollega. Vänta en stund och försök igen.',
  unexpected: (detail: string) => `Något gick fel i ST-koll: ${detail}. Inget av det du skrivit har ändrats.`,
  columnsMoved: (sheet: string) =>
    `Kolumnerna i ”${sheet}” ändrades medan ST-koll räknade. Kör ”Uppdatera flaggor” igen.`,
  invalidInput: (detail: string) => `Ogiltiga uppgifter: ${detail}`,
  noSelection: 'Markera först en rad i bladet Överenskommelser eller ST-läkare.',
  /** getDocumentLock()/getDocumentProperties() are null when ST-koll runs outside a workbook. */
  noDocument: 'ST-koll måste köras från en arbetsbok: öppna kalkylarket och välj ST-koll i menyn Tillägg.',
  foreignColumns: (columns: ReadonlyArray<{ sheet: string; header: string }>) => {
    const one = columns.length === 1;
    const list = columns.map((c) => `”${c.header}” i bladet ”${c.sheet}”`).join(', ');
    return (
      `${one ? 'Kolumnen' : 'Kolumnerna'} ${list} skapades inte av ST-koll och innehåller egna uppgifter, ` +
      `så ST-koll skriver aldrig i ${one ? 'den' : 'dem'}. Byt namn på ${one ? 'kolumnen' : 'kolumnerna'} ` +
      '(till exempel med tillägget ”(egen)”) och välj ST-koll › Förbered arbetsboken, så skapar ST-koll sina egna. ' +
      'Ingenting har ändrats.'
    );
  },
} as const;

/** The sidebar's "Ansökan" forms (Frånvaro and Intyg), as the server answers them. */
export const PROGRESS_INPUT = {
  trainee: 'Välj en ST-läkare.',
  unknownTrainee: 'ST-läkaren finns inte (eller har fel i sin rad) i arbetsboken. Rätta raden eller ladda om sidopanelen.',
  tooLong: 'En text är för lång (högst 500 tecken).',
  shape: 'Uppgifterna kom inte fram. Ladda om sidopanelen och försök igen.',
} as const;

/** The sidebar's searches and "choose a trainee" calls, as the server refuses them. */
export const SEARCH_INPUT = {
  query: `Sökningen får vara högst ${SEARCH_LIMITS.queryLength} tecken.`,
  page: `Sidan som begärdes finns inte (högst ${SEARCH_LIMITS.maxPageSize} träffar åt gången). Sök igen.`,
  trainee: 'Välj en ST-läkare.',
  unknownTrainee: 'ST-läkaren finns inte längre i arbetsboken. Ladda om sidopanelen.',
  shape: 'Sökningen kom inte fram. Ladda om sidopanelen och försök igen.',
} as const;

export const SESSION_INPUT = {
  date: 'Datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD) och får inte ligga i framtiden.',
  trainee: 'Välj en ST-läkare.',
  unknownTrainee: 'ST-läkaren finns inte längre i arbetsboken. Ladda om sidopanelen.',
  unknownSupervisor: 'Handledaren finns inte längre i arbetsboken. Ladda om sidopanelen.',
  type: 'Välj en typ av samtal.',
  minutes: `Längd (min) måste vara ett tal från 0 till ${MAX_SESSION_MINUTES}.`,
  note: `Anteckningen måste vara text på högst ${MAX_SESSION_NOTE_LENGTH} tecken.`,
  documented: 'Dokumenterat måste vara ja eller nej.',
  shape: 'Uppgifterna om samtalet kom inte fram. Ladda om sidopanelen och försök igen.',
} as const;
