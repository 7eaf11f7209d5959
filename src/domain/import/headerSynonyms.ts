/**
 * The header vocabulary of coordinators' own lists (PRODUCT.md §9): for each
 * ST-läkare column, the other headers that mean it, Swedish and English. Like
 * sheetContract.ts this is contract text, so it may be Swedish. Every entry is
 * compared as a header key (headerKey): case, spaces, punctuation and
 * diacritics do not matter, so 'E-postadress', 'e-post adress' and 'EPOSTADRESS'
 * are one entry. A column's own header always matches too; a header added to
 * the contract later (Föreskrift, BT godkänd…) is matched by its own name even
 * before it gets synonyms here.
 */
import { TRAINEE_COL } from '../sheetContract';

export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  [TRAINEE_COL.name]: [
    'Name', 'Full name', 'Läkare', 'ST-läkare', 'ST-läkarens namn', 'Namn på ST-läkare', 'Fullständigt namn',
    'Förnamn och efternamn', 'Adept', 'Trainee',
  ],
  [TRAINEE_COL.email]: ['Mail', 'E-mail', 'Email', 'E-postadress', 'Mailadress', 'Mejl', 'Mejladress', 'Email address'],
  [TRAINEE_COL.specialty]: ['Specialty', 'Speciality', 'Specialisering', 'Specialitet (ST)'],
  [TRAINEE_COL.unit]: [
    'Arbetsplats', 'Klinik', 'Vårdcentral', 'VC', 'Avdelning', 'Mottagning', 'Tjänstgöringsställe', 'Placering',
    'Unit', 'Clinic', 'Workplace', 'Department',
  ],
  [TRAINEE_COL.stStart]: [
    'Start', 'Startdatum', 'ST start', 'ST-startdatum', 'Start ST', 'Startdatum ST', 'Datum för ST-start',
    'ST påbörjad', 'Påbörjad', 'Start date', 'ST start date',
  ],
  [TRAINEE_COL.plannedEnd]: ['ST-slut', 'Slut', 'Slutdatum', 'Planerat slut', 'Slutdatum ST', 'End date', 'Planned end'],
  [TRAINEE_COL.serviceLevel]: ['Tjänstgöringsgrad', 'Sysselsättningsgrad', 'Syss.grad', 'Omfattning', 'Procent', 'Arbetstid (%)', 'FTE'],
  [TRAINEE_COL.mainSupervisor]: ['Handledare', 'Huvudhandledare', 'Huvudhandledarens namn', 'Supervisor', 'Main supervisor'],
  [TRAINEE_COL.studyDirector]: ['Studierektor', 'SR', 'Director of studies'],
  [TRAINEE_COL.head]: ['Verksamhetschef', 'Chef', 'VC-chef', 'Head of department'],
  [TRAINEE_COL.status]: ['Status', 'Tillstånd'],
  [TRAINEE_COL.iupDone]: ['IUP', 'IUP klar', 'IUP upprättad', 'IUP-datum', 'Datum för IUP'],
  [TRAINEE_COL.note]: ['Anteckningar', 'Kommentar', 'Kommentarer', 'Notering', 'Noteringar', 'Övrigt', 'Note', 'Notes', 'Comment', 'Comments'],
  // Columns of PRODUCT.md §6; used once the contract has them.
  'Föreskrift': ['Föreskrifter', 'Regelverk', 'Målbeskrivning', 'Regulation'],
  'BT godkänd': ['BT', 'BT klar', 'BT-intyg', 'BT intyg', 'Bastjänstgöring godkänd', 'Bastjänstgöring'],
};

/**
 * Headers holding part of a name. A list with 'Förnamn' and 'Efternamn' and no
 * whole name gets both proposed for Namn, joined with a space in column order.
 */
export const NAME_PART_HEADERS: readonly string[] = ['Förnamn', 'Efternamn', 'Tilltalsnamn', 'First name', 'Last name', 'Surname', 'Given name', 'Family name'];
