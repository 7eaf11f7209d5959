/**
 * A small workbook for the agreement use cases (generateAgreement, the batch):
 * one trainee, one supervisor, and the agreement rows a test gives.
 */
import type { AgreementSnapshot } from '../../src/app/generateAgreement';
import type { CellValue, RawRow, RawWorkbook } from '../../src/domain/model';
import { parseWorkbook } from '../../src/domain/parseWorkbook';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

export const TODAY = '2025-03-01';

function rows(list: Array<Record<string, CellValue>>): RawRow[] {
  return list.map((cells, i) => ({ row: i + 2, cells }));
}

export function agreementRow(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    ID: 'Ö-0001',
    'ST-läkare': 'ST-0001',
    Handledare: 'HL-0001',
    Mall: 'st-kontrakt',
    Handledning: 'Varje månad',
    'Medsittningar per år': 8,
    'Giltig från': '2025-02-01',
    'Giltig till': '',
    Undertecknad: '',
    Status: 'Utkast',
    Dokument: '',
    Skapad: '',
    ...overrides,
  };
}

export function workbook(agreements: Array<Record<string, CellValue>> = [agreementRow()]): RawWorkbook {
  return {
    trainees: rows([
      {
        ID: 'ST-0001',
        Namn: 'Anna Andersson',
        'E-post': '',
        Specialitet: 'Allmänmedicin',
        Enhet: 'VC Norra',
        'ST-start': '2025-01-15',
        'Planerat ST-slut': '',
        'Tjänstgöringsgrad (%)': '',
        Huvudhandledare: '',
        Studierektor: 'Stina Studie',
        Verksamhetschef: 'Viktor Verksam',
        Status: 'Aktiv',
        'IUP klar': '',
        Anteckning: '',
      },
    ]),
    supervisors: rows([
      { ID: 'HL-0001', Namn: 'Hans Handledare', 'E-post': '', Specialitet: '', Enhet: '', Handledarutbildning: '', 'Senaste handledarträff': '', Anteckning: '' },
    ]),
    agreements: rows(agreements),
    sessions: [],
  };
}

export function snapshotOf(raw: RawWorkbook): AgreementSnapshot {
  return { raw, parsed: parseWorkbook(raw, TODAY), today: TODAY, settings: DEFAULT_SETTINGS };
}
