/**
 * Texts of agreement generation: errors that name the row and the field, the
 * question about an existing document, and the results of single and batch
 * generation. (The documents' own wording lives in src/domain/agreement.)
 */
import { BUILT_IN_TEMPLATES, SHEET } from '../../domain/sheetContract';
import { quoteInput as quoted } from './validation';

const AGREEMENTS_SHEET = SHEET.agreements;

/** The Drive folder ST-koll creates for agreement documents when none is chosen. */
export const AGREEMENT_FOLDER_NAME = 'ST-koll – överenskommelser';

/** Ends a reason with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** A validation problem of a row: the column it concerns ('' for the whole row) and the reason. */
export interface RowProblem {
  column: string;
  message: string;
}

function problemsText(problems: readonly RowProblem[]): string {
  return problems.map((p) => sentence(p.column ? `${p.column}: ${p.message}` : p.message)).join(' ');
}

function rowRef(row: number): string {
  return `Rad ${row} i ${AGREEMENTS_SHEET}`;
}

export const AGREEMENT_MSG = {
  notFound: (id: string) => `Hittar ingen överenskommelse med ID ${quoted(id)} i bladet ${AGREEMENTS_SHEET}.`,
  /** One problem of the row: the column it concerns and the reason. */
  invalidRow: (row: number, problems: readonly RowProblem[]) =>
    `${rowRef(row)} kan inte bli ett dokument ännu: ${problemsText(problems)} Rätta raden och försök igen.`,
  /** The problems of a row that failed validation, for a line of the batch summary ("Rad 12: …"). */
  invalidRowReasons: (problems: readonly RowProblem[]) =>
    problems.length ? problemsText(problems) : 'Raden har fel; se ST-koll › Valideringsrapport.',
  invalidRowUnknownReason: (row: number) =>
    `${rowRef(row)} kan inte bli ett dokument ännu. Se ST-koll › Valideringsrapport.`,
  traineeUnusable: (row: number, traineeId: string) =>
    `${rowRef(row)}, kolumn ST-läkare: ST-läkaren ${quoted(traineeId)} finns inte bland de giltiga raderna i bladet ST-läkare. ` +
    'Rätta den raden (se ST-koll › Valideringsrapport) och försök igen.',
  supervisorUnusable: (row: number, supervisorId: string) =>
    `${rowRef(row)}, kolumn Handledare: handledaren ${quoted(supervisorId)} finns inte bland de giltiga raderna i bladet Handledare. ` +
    'Rätta den raden (se ST-koll › Valideringsrapport) och försök igen.',
  templateInvalid: (row: number, value: string) =>
    `${rowRef(row)}, kolumn Mall: ${quoted(value)} är varken ${BUILT_IN_TEMPLATES.join(', ')} eller en länk till ett Google-dokument.`,
  templateUnavailable: (row: number, value: string) =>
    `${rowRef(row)}, kolumn Mall: mallen ${quoted(value)} gick inte att öppna. Kontrollera länken och att du har läsbehörighet till dokumentet. ` +
    'Inget dokument skapades och raden ändrades inte.',
  folderUnavailable: (folder: string) =>
    `ST-koll kan inte öppna mappen ${quoted(folder)}. Klistra in länken till en mapp som ST-koll har skapat, ` +
    'eller lämna fältet tomt för standardmappen. Inställningen ändrades inte.',
  /** The workbook's folder is a colleague's: said in the menu (as a Ja/Nej question) and in the sidebar. */
  folderOfColleague:
    'Mappen för överenskommelser i den här arbetsboken ligger i en kollegas Google Drive, och ST-koll kan inte spara i den från ditt konto. ' +
    'Vill du att ST-koll skapar en egen mapp i din Drive för de dokument du gör? Arbetsbokens mapp och kollegornas inställning ändras inte.',
  folderQuestionMenu: '\n\nJa – skapa en egen mapp i min Drive.\nNej – avbryt (inget dokument skapas).',
  folderKept: 'Inget dokument skapades, och arbetsbokens mapp är oförändrad.',
  rowGone: (id: string) =>
    `Raden med ID ${quoted(id)} försvann ur bladet ${AGREEMENTS_SHEET} medan dokumentet skapades. Dokumentet togs bort igen; inget sparades.`,
  failedAndUndone: (detail: string) =>
    `Dokumentet kunde inte skapas färdigt (${detail}). Det som hann skapas togs bort och raden ändrades inte.`,
  noAgreementForTrainee: (name: string) =>
    `${quoted(name)} har ingen överenskommelse i bladet ${AGREEMENTS_SHEET}. Lägg till en rad där och försök igen.`,
  traineeRowInvalid: (row: number) =>
    `Rad ${row} i ST-läkare har fel eller saknar ID. Rätta raden (se ST-koll › Valideringsrapport) och försök igen.`,
  badInput: 'Uppgifterna om överenskommelsen kom inte fram. Ladda om sidopanelen och försök igen.',

  dialogTitle: 'Överenskommelse',
  existsQuestion: (name: string) =>
    `Det finns redan ett dokument för den här överenskommelsen:\n\n${name}\n\n` +
    'Ja – skapa en ny version (det befintliga dokumentet finns kvar).\nNej – öppna det befintliga dokumentet.',
  openLink: 'Öppna dokumentet',
  openPdf: 'Öppna PDF-kopian',
  createdIntro: 'Överenskommelsen är skapad:',
  existingIntro: 'Det befintliga dokumentet:',
  unknownTags: (tags: readonly string[]) =>
    `Mallen innehåller taggar som ST-koll inte känner till och som står kvar i dokumentet: ${tags.join(', ')}. ` +
    'Se listan över taggar i dokumentationen.',
} as const;
