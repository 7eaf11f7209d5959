/**
 * "Skapa alla saknade överenskommelser" as a sidebar flow (issue #12): the
 * reasons the server gives per row, and the texts of the flow in the
 * Överenskommelser view. Imported directly by the sidebar bundle.
 */

/** "dokument" is the same word in the singular and the plural. */
function documents(n: number): string {
  return `${n} dokument`;
}

export const AGREEMENT_BATCH_MSG = {
  badInput: 'Vilka överenskommelser som skulle skapas kom inte fram. Ladda om sidopanelen och försök igen.',
  tooMany: (max: number) => `Högst ${max} dokument per steg (inställningen Dokument per steg).`,
  hasDocument: 'Har redan ett dokument.',
  replaced: 'Raden är markerad Ersatt.',
  idNotWritten: 'Raden fick inget ID (bladet ändrades samtidigt). Öppna planen igen.',
} as const;

export const AGREEMENT_BATCH_TEXT = {
  heading: 'Skapa alla saknade överenskommelser',
  intro: 'ST-koll visar först vilka rader som får ett dokument. Dokumenten skapas sedan några i taget, och du kan avbryta när som helst.',
  plan: 'Visa vilka som saknas',
  planning: 'Läser bladet…',
  nothingToDo: 'Alla giltiga överenskommelser har redan ett dokument.',
  willCreateHeading: (n: number) => `Får ett dokument (${n})`,
  skippedHeading: (n: number) => `Hoppas över (${n})`,
  withDocument: (n: number) => (n === 1 ? '1 rad har redan ett dokument.' : `${n} rader har redan ett dokument.`),
  rowLabel: (row: number, id: string, name: string) => `Rad ${row} · ${id}${name ? ` · ${name}` : ''}`,
  start: (n: number) => `Skapa ${documents(n)}`,
  cancel: 'Avbryt',
  cancelling: 'Avbryter efter pågående steg…',
  progressLabel: 'Förlopp',
  progress: (done: number, total: number) => `${done} av ${total} klara`,
  current: (names: string) => `Skapar: ${names}`,
  createdHeading: 'Skapade dokument',
  failedHeading: 'Kunde inte skapas',
  skippedNowHeading: 'Hoppades över',
  summaryDone: (created: number, failed: number, skipped: number) =>
    [`Klart: ${documents(created)} skapades.`, failed ? `${documents(failed)} kunde inte skapas.` : '', skipped ? `${skipped} hoppades över.` : '']
      .filter(Boolean)
      .join(' '),
  summaryCancelled: (done: number, total: number) =>
    `Avbrutet efter ${done} av ${total}. Det som skapats finns kvar; visa planen igen för att fortsätta med resten.`,
  summaryInterrupted: (done: number, total: number) =>
    `Avbröts efter ${done} av ${total} eftersom ST-koll inte svarade. Det som skapats finns kvar; visa planen igen för att fortsätta.`,
  again: 'Visa planen igen',
} as const;
