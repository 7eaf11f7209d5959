/**
 * The Swedish reasons of the validation report (PRODUCT.md §2, last paragraph).
 * Each says what is wrong and how to fix it. The report shows sheet, row and
 * column next to the message, so messages do not repeat the column name.
 * Functions quote what the user typed, cut short so one long cell cannot
 * swamp the report.
 */

/** Longest quoted user input, in characters, before it is cut with an ellipsis. */
const MAX_QUOTED_LENGTH = 60;

/** The user's input between Swedish quotation marks (”…”), cut to a readable length. */
export function quoteInput(raw: string | number | boolean): string {
  const text = String(raw);
  const cut = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
  return `”${cut}”`;
}

/** "a, b eller c" (or "a, b och c" with conjunction 'och'). */
function listInSwedish(values: readonly string[], conjunction = 'eller'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

function rowList(rows: readonly number[]): string {
  return rows.length === 1 ? `rad ${rows[0]}` : `raderna ${listInSwedish(rows.map(String), 'och')}`;
}

const DATE_FORMAT_HINT = 'skriv datumet som ÅÅÅÅ-MM-DD';

export interface NumberRangeText {
  min?: number;
  max?: number;
  integer: boolean;
}

function numberRangeText({ min, max, integer }: NumberRangeText): string {
  const kind = integer ? 'ett heltal' : 'ett tal';
  if (min !== undefined && max !== undefined) return `${kind} från ${min} till ${max}`;
  if (min !== undefined) return `${kind}, ${min} eller större`;
  if (max !== undefined) return `${kind}, högst ${max}`;
  return kind;
}

/** Who a reference cell points at, for the unknown-reference message. */
export type ReferenceKind = 'trainee' | 'supervisor';
const REFERENCE_NOUN: Record<ReferenceKind, string> = { trainee: 'ST-läkare', supervisor: 'handledare' };

export const VALIDATION = {
  requiredText: 'Uppgiften saknas – fyll i cellen',
  requiredDate: `Datum saknas – ${DATE_FORMAT_HINT}`,
  requiredReference: 'Uppgiften saknas – ange ID eller exakt namn',
  requiredChoice: (allowed: readonly string[]) => `Uppgiften saknas – välj ${listInSwedish(allowed)}`,

  invalidDate: (raw: string | number | boolean) => `Ogiltigt datum ${quoteInput(raw)} – ${DATE_FORMAT_HINT}`,
  dateWithTime: (raw: number) =>
    `Värdet ${quoteInput(raw)} innehåller ett klockslag – ${DATE_FORMAT_HINT} utan tid`,
  futureDate: (date: string) => `Datumet ligger i framtiden (${date}) – registrera samtalet när det har ägt rum`,

  invalidNumber: (raw: string | number | boolean) =>
    `Ogiltigt tal ${quoteInput(raw)} – skriv ett tal med siffror, t.ex. 60 eller 7,5`,
  numberOutOfRange: (raw: string | number, range: NumberRangeText) =>
    `Ogiltigt värde ${quoteInput(raw)} – ange ${numberRangeText(range)}`,

  invalidEmail: (raw: string) => `Ogiltig e-postadress ${quoteInput(raw)} – skriv t.ex. fornamn.efternamn@region.se`,
  invalidChoice: (raw: string | number | boolean, allowed: readonly string[]) =>
    `Ogiltigt värde ${quoteInput(raw)} – välj ${listInSwedish(allowed)}`,
  invalidCheckbox: (raw: string | number) =>
    `Ogiltigt värde ${quoteInput(raw)} – kryssa i rutan eller lämna den tom`,
  invalidTemplate: (raw: string, builtIn: readonly string[]) =>
    `Okänd mall ${quoteInput(raw)} – välj ${listInSwedish(builtIn)}, eller klistra in länken till ett eget Google-dokument`,

  plannedEndNotAfterStart: 'Planerat ST-slut måste vara efter ST-start – rätta något av datumen',
  validToNotAfterFrom: 'Giltig till måste vara efter Giltig från – rätta något av datumen',
  leaveToBeforeFrom: 'Till måste vara samma dag som Från eller senare – rätta något av datumen',

  requiredDelmal: 'Delmål saknas – skriv koderna med komma eller mellanslag emellan, t.ex. STa3, STb1',
  unknownDelmal: (codes: readonly string[], regulation: string, specialty: string) =>
    `${codes.length === 1 ? 'Delmålet' : 'Delmålen'} ${listInSwedish(codes.map(quoteInput), 'och')} finns inte i Målbeskrivning för ${regulation} (${specialty}) – rätta koden eller lägg till delmålet där`,
  catalogueCodeNotSingle: (raw: string) =>
    `Delmål ${quoteInput(raw)} ska vara en enda kod utan mellanslag eller komma, t.ex. STc4`,
  estimateBeyondCalendar:
    'Beräknat ST-slut hamnar efter år 9999 – kontrollera ST-start, Tjänstgöringsgrad och Frånvaro',

  duplicateId: (id: string, otherRows: readonly number[]) =>
    `ID ${quoteInput(id)} finns också på ${rowList(otherRows)} – ge raderna olika ID (töm cellen så tilldelar ST-koll ett nytt)`,

  unknownReference: (kind: ReferenceKind, raw: string) =>
    `Okänd ${REFERENCE_NOUN[kind]} ${quoteInput(raw)} – ange ID eller exakt namn`,
  ambiguousName: (raw: string, sheetName: string) =>
    `Namnet ${quoteInput(raw)} finns på flera rader i ${sheetName} – ange ID i stället`,
  ambiguousId: (raw: string, sheetName: string) =>
    `ID ${quoteInput(raw)} finns på flera rader i ${sheetName} – rätta dubbletten där först`,
} as const;
