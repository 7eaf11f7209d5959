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
