/** A workbook for the agreement bundle specs: one agreement row per built-in template and a user template. */
import { AGREEMENT_COL, SHEET } from '../../src/domain/sheetContract';
import { coreSheets } from './coreWorkbook';

export const USER_TEMPLATE_ID = '1UserTemplateDocIdAbCdEfGhIjKlMnOp';
export const MISSING_TEMPLATE_ID = '1MissingTemplateDocIdAbCdEfGhIjKlMn';

/** Sheet rows of Överenskommelser: row 2 Ö-0001 … */
export function agreementSheets(): Record<string, unknown[][]> {
  const sheets = coreSheets();
  // Björn Dahl (ST-0002) gets a studierektor and a verksamhetschef for the four-party contract.
  const bjorn = sheets[SHEET.trainees][2];
  bjorn[9] = 'Sara Studierektor';
  bjorn[10] = 'Clas Chef';
  sheets[SHEET.agreements] = [
    Object.values(AGREEMENT_COL),
    // row 2: allmanmedicin, already signed
    ['Ö-0001', 'ST-0001', 'HL-0002', 'allmanmedicin', 'Varje månad', 6, '2024-02-01', '', '2024-02-05', 'Undertecknad', '', ''],
    // row 3: supervisor unknown
    ['Ö-0002', 'ST-0003', 'Okänd Person', 'allmanmedicin', 'Varje vecka', 6, '2023-06-01', '', '', 'Utkast', '', ''],
    // row 4: st-kontrakt for Björn Dahl
    ['Ö-0003', 'ST-0002', 'HL-0001', 'st-kontrakt', '6 gånger per år', 8, '2026-03-01', '', '', 'Utkast', '', ''],
    // row 5: ny-st, Giltig från missing
    ['Ö-0004', 'ST-0002', 'HL-0001', 'ny-st', 'Varje vecka', 6, '', '', '', 'Utkast', '', ''],
    // row 6: the user's own template
    ['Ö-0005', 'ST-0002', 'HL-0001', `https://docs.google.com/document/d/${USER_TEMPLATE_ID}/edit`, 'Varje månad', 4, '2026-04-01', '', '', 'Utkast', '', ''],
    // row 7: a template that cannot be opened
    ['Ö-0006', 'ST-0002', 'HL-0001', MISSING_TEMPLATE_ID, 'Varje månad', 4, '2026-04-01', '', '', 'Utkast', '', ''],
  ];
  return sheets;
}
