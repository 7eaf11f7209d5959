/**
 * A small realistic workbook for the bundle tests, on 2026-11-23, with the
 * expected results worked out by hand in refreshFlags.test.ts.
 */
import { SHEET } from '../../src/domain/sheetContract';
import { sheetHeaders } from '../../src/domain/sheetLayout';

export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T10:15:00+01:00';

export const TRAINEE_HEADERS = sheetHeaders('trainees');
export const SUPERVISOR_HEADERS = sheetHeaders('supervisors');

/** A fresh copy each call (header rows included): tests change it freely. */
export function coreSheets(): Record<string, unknown[][]> {
  return {
    [SHEET.trainees]: [
      [...TRAINEE_HEADERS],
      ['ST-0001', 'Anna Ek', 'anna.ek@example.se', 'Allmänmedicin', 'VC Norr', '2024-01-15', '', 100, 'HL-0001', 'Sara Studierektor', 'Clas Chef', 'Aktiv', '2024-06-01', '', '', '2024-08-20'],
      ['ST-0002', 'Björn Dahl', '', '', 'VC Syd', '2026-03-01', '', '', 'Karin Berg', '', '', '', '', ''],
      ['ST-0003', 'Cecilia Holm', '', '', 'VC Öst', '2023-05-01', '', 50, '', '', '', 'Vilande', '', ''],
      ['ST-0004', 'David Lund', '', '', 'VC Väst', '2019-01-01', '2024-01-01', 100, '', '', '', 'Avslutad', '2019-06-01', ''],
      ['', 'Eva Sjö', '', '', 'VC Norr', '2026-11-01', '', '', '', '', '', 'Aktiv', '', ''],
      ['ST-0006', 'Fredrik Fel', '', '', '', "'2026-13-01", '', '', '', '', '', 'Aktiv', '', ''],
    ],
    [SHEET.supervisors]: [
      [...SUPERVISOR_HEADERS],
      ['HL-0001', 'Karin Berg', 'karin@example.se', 'Allmänmedicin', 'VC Syd', '2015-03-01', '2026-05-10', ''],
      ['HL-0002', 'Lars Ström', '', 'Allmänmedicin', 'VC Norr', '', '2024-01-01', ''],
    ],
    [SHEET.agreements]: [
      sheetHeaders('agreements'),
      ['Ö-0001', 'ST-0001', 'HL-0002', 'allmanmedicin', 'Varje månad', 6, '2024-02-01', '', '2024-02-05', 'Undertecknad', '', ''],
      ['Ö-0002', 'ST-0003', 'Okänd Person', 'allmanmedicin', 'Varje vecka', 6, '2023-06-01', '', '', 'Utkast', '', ''],
    ],
    [SHEET.sessions]: [
      sheetHeaders('sessions'),
      ['2025-10-01', 'ST-0001', 'HL-0002', 'Årligt avstämningssamtal', '', true, ''],
      ['2026-11-02', 'ST-0001', 'HL-0002', 'Handledningssamtal', 60, true, ''],
      ['2026-10-05', 'Anna Ek', 'HL-0002', 'Handledningssamtal', 90, false, ''],
      ['2026-06-10', 'ST-0001', 'HL-0002', 'Medsittning', '', true, ''],
      ['2025-11-24', 'ST-0001', 'HL-0002', 'Medsittning', '', true, 'first day of the 365-day window'],
      ['2025-11-23', 'ST-0001', 'HL-0002', 'Medsittning', '', true, 'the day before the window'],
      ['2025-03-01', 'ST-0001', '', 'Studierektorsavstämning', '', true, ''],
    ],
  };
}
