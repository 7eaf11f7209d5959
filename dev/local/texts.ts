/** Swedish texts of the local app (`npm start -- --workbook`, `st-koll check`): what the terminal and the page say. */
export const LOCAL_TEXT = {
  missing: (file: string) => `Filen ${file} finns inte.`,
  notXlsx: (file: string) => `${file} är ingen Excel-arbetsbok (.xlsx).`,
  corrupt: (file: string) => `${file} kunde inte läsas: filen verkar vara skadad eller är inte en .xlsx-fil.`,
  notWritable: (file: string) => `${file} är skrivskyddad (eller mappen den ligger i): ST-koll kan inte spara där.`,
  locked: (file: string, pid: number) => `${file} är redan öppen i ST-koll (process ${pid}). Stäng den först.`,
  saveFailed: (file: string, reason: string) => `Kunde inte spara ${file}: ${reason}. Filen är oförändrad.`,
  portTaken: (port: number) => `Porten ${port} används redan. Välj en annan med --port.`,
  badFlag: (flag: string) => `Okänd flagga: ${flag}. Se --help.`,
  missingValue: (flag: string) => `${flag} behöver ett värde. Se --help.`,
  badPort: (value: string) => `Ogiltig port: ${value} (ett heltal 0–65535).`,
  badToday: (value: string) => `Ogiltigt datum för --today: ${value} (skriv ÅÅÅÅ-MM-DD).`,
  extraArgument: (value: string) => `Oväntat argument: ${value}. Se --help.`,
  checkNeedsFile: 'Ange arbetsboken: st-koll check arbetsbok.xlsx',
} as const;

/** What the page says when a typed value is refused (the cell keeps its value). */
export const EDIT_TEXT = {
  readOnly: 'ST-koll fyller i den här cellen själv; den kan inte ändras här.',
  badDate: (input: string) => `”${input}” är inget datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-23.`,
  notInList: (input: string, options: string[]) => `”${input}” finns inte i listan: ${options.join(', ')}.`,
  badNumber: (input: string) => `”${input}” är inget tal.`,
  outOfRange: (input: string, min: number, max: number | null) =>
    max === null ? `${input} är för litet: minst ${min}.` : `${input} ligger utanför ${min}–${max}.`,
  badEmail: (input: string) => `”${input}” är ingen e-postadress.`,
  noSuchCell: 'Cellen finns inte.',
  saved: (a1: string) => `Sparat i ${a1}.`,
  savedLocally: (a1: string, file: string) => `Sparat i ${a1} och i ${file}.`,
} as const;

/** The terminal's texts. */
export const CLI_TEXT = {
  startHelp: `ST-koll lokalt (PRODUCT.md §5)

  npm start                                   påhittad exempelarbetsbok, inget sparas
  npm start -- --workbook roster.xlsx        öppna din arbetsbok och spara varje ändring i den

Flaggor:
  --workbook FIL     en .xlsx-fil; ändringar sparas i den (första versionen behålls som FIL.bak),
                     överenskommelser skrivs som .docx i mappen överenskommelser/ bredvid
  --port N           port på 127.0.0.1 (standard 8765, eller miljövariabeln PORT)
  --today ÅÅÅÅ-MM-DD låser dagens datum (annars följer det klockan)
  --help             visar den här texten

Kontroll i terminalen: npx st-koll check FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--json]`,
  checkHelp: `npx st-koll check FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--json]

Skriver ut valideringsrapporten och ST-läkarna med försenad eller snar årlig avstämning.
Filen ändras aldrig. Slutkod 0: inget att åtgärda; 1: något är försenat eller felaktigt;
2: filen kunde inte läsas.`,
  listening: (url: string, file: string | null) =>
    file ? `ST-koll: ${url}  (sparar i ${file}; Ctrl+C avslutar)` : `ST-koll förhandsvisning: ${url}  (Ctrl+C avslutar)`,
  opening: (file: string) => `Öppnar ${file} …`,
  checkTitle: (file: string, today: string) => `ST-koll: ${file} (${today})`,
  checkIssues: (n: number) => (n === 0 ? 'Valideringsrapport: inga fel.' : `Valideringsrapport: ${n} ${n === 1 ? 'fel' : 'fel'}`),
  checkIssue: (sheet: string, row: number, column: string, message: string) => `  ${sheet}, rad ${row}, ${column}: ${message}`,
  checkLate: (n: number) => `Försenad årlig avstämning: ${n}`,
  checkSoon: (n: number) => `Årlig avstämning inom kort: ${n}`,
  checkTrainee: (id: string, name: string, due: string | null) => `  ${id} ${name}${due ? ` – ${due}` : ''}`,
  checkNothing: 'Inget att åtgärda.',
} as const;
