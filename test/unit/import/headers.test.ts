/**
 * Specification of the header proposal (PRODUCT.md §9): which columns of a
 * coordinator's own list feed which ST-läkare column. Case, spaces,
 * punctuation and diacritics do not matter; Swedish and English synonyms do;
 * a header that matches nothing is left out.
 */
import { findHeaderRow, headerKey, proposeImport, proposeMapping, sourceColumns } from '../../../src/domain/import/headers';
import { HEADER_SYNONYMS, NAME_PART_HEADERS } from '../../../src/domain/import/headerSynonyms';
import { IMPORT_TARGETS } from '../../../src/domain/import/targets';
import { TRAINEE_COL } from '../../../src/domain/sheetContract';

function proposal(headers: string[]): Record<string, string> {
  return proposeMapping(sourceColumns(headers));
}

describe('header keys ignore case, spaces, punctuation and diacritics', () => {
  test.each([
    ['E-post', 'epost'],
    ['e post', 'epost'],
    ['EPOST', 'epost'],
    ['Vårdcentral', 'vardcentral'],
    ['VÅRDCENTRAL ', 'vardcentral'],
    ['ST-start', 'ststart'],
    ['ST start', 'ststart'],
    ['Tjänstgöringsgrad (%)', 'tjanstgoringsgrad'],
  ])('%j → %j', (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe('each ST-läkare column is proposed from its own header and its synonyms', () => {
  test.each([
    ['Namn', TRAINEE_COL.name],
    ['Name', TRAINEE_COL.name],
    ['Läkare', TRAINEE_COL.name],
    ['läkare', TRAINEE_COL.name],
    ['Startdatum', TRAINEE_COL.stStart],
    ['Start', TRAINEE_COL.stStart],
    ['ST start', TRAINEE_COL.stStart],
    ['st-start', TRAINEE_COL.stStart],
    ['Mail', TRAINEE_COL.email],
    ['E-postadress', TRAINEE_COL.email],
    ['E-mail', TRAINEE_COL.email],
    ['Vårdcentral', TRAINEE_COL.unit],
    ['Vardcentral', TRAINEE_COL.unit],
    ['Klinik', TRAINEE_COL.unit],
    ['Arbetsplats', TRAINEE_COL.unit],
    ['Handledare', TRAINEE_COL.mainSupervisor],
    ['Huvudhandledare', TRAINEE_COL.mainSupervisor],
    ['Sysselsättningsgrad', TRAINEE_COL.serviceLevel],
    ['Tjänstgöringsgrad (%)', TRAINEE_COL.serviceLevel],
    ['Kommentar', TRAINEE_COL.note],
    ['IUP', TRAINEE_COL.iupDone],
  ])('%j → %s', (header, target) => {
    expect(proposal([header])).toEqual({ [header]: target });
  });

  test('every user column of the contract but ID is a target, and is proposed from its exact header', () => {
    expect(IMPORT_TARGETS).not.toContain(TRAINEE_COL.id);
    for (const target of IMPORT_TARGETS) expect(proposal([target])).toEqual({ [target]: target });
  });

  test('no synonym means two columns', () => {
    const owners = new Map<string, string>();
    for (const [target, synonyms] of Object.entries(HEADER_SYNONYMS)) {
      for (const synonym of [target, ...synonyms]) {
        const key = headerKey(synonym);
        if (owners.has(key)) expect(owners.get(key)).toBe(target);
        owners.set(key, target);
      }
    }
    for (const part of NAME_PART_HEADERS) expect(owners.get(headerKey(part)) ?? TRAINEE_COL.name).toBe(TRAINEE_COL.name);
  });
});

describe('headers that match nothing are left out', () => {
  test('Personnummer, Telefon and ID are not proposed', () => {
    expect(proposal(['Namn', 'Personnummer', 'Telefon', 'ID'])).toEqual({ Namn: TRAINEE_COL.name });
  });
});

describe('when several headers mean one column', () => {
  test('the column\'s own header wins over a synonym: Huvudhandledare over Handledare', () => {
    expect(proposal(['Handledare', 'Huvudhandledare'])).toEqual({ Huvudhandledare: TRAINEE_COL.mainSupervisor });
  });
  test('else the leftmost: Klinik before Arbetsplats', () => {
    expect(proposal(['Klinik', 'Arbetsplats'])).toEqual({ Klinik: TRAINEE_COL.unit });
  });
  test('Förnamn and Efternamn both feed Namn when no column holds the whole name', () => {
    expect(proposal(['Förnamn', 'Efternamn', 'Startdatum'])).toEqual({ Förnamn: 'Namn', Efternamn: 'Namn', Startdatum: TRAINEE_COL.stStart });
  });
  test('a whole-name column wins over name parts', () => {
    expect(proposal(['Förnamn', 'Namn'])).toEqual({ Namn: 'Namn' });
  });
});

describe('merged and annotated header text', () => {
  test('a note in parentheses is ignored: "ST-start (ÅÅÅÅ-MM-DD)"', () => {
    expect(proposal(['ST-start (ÅÅÅÅ-MM-DD)'])).toEqual({ 'ST-start (ÅÅÅÅ-MM-DD)': TRAINEE_COL.stStart });
  });
  test('two lines or two languages of one column: "Namn\\nName", "E-post / Mail"', () => {
    expect(proposal(['Namn\nName', 'E-post / Mail'])).toEqual({ 'Namn\nName': TRAINEE_COL.name, 'E-post / Mail': TRAINEE_COL.email });
  });
  test('parts meaning different columns mean none: "Handledare / Enhet" is left for the user', () => {
    expect(proposal(['Handledare / Enhet'])).toEqual({});
  });
  test('the blank cells a merged header leaves are skipped, and a repeated header names its first column', () => {
    expect(sourceColumns(['Namn', '', 'Enhet', 'Namn'])).toEqual([
      { header: 'Namn', column: 1 },
      { header: 'Enhet', column: 3 },
    ]);
  });
});

describe('the header row', () => {
  test('row 1 when it holds the headers', () => {
    expect(findHeaderRow([['Namn', 'Start'], ['Anna', '2024-01-15']])).toBe(1);
  });
  test('below a title: a merged title fills one cell, the header row at least two', () => {
    expect(findHeaderRow([['ST-läkare i region Norr 2026', '', ''], ['', '', ''], ['Namn', 'Start', 'Mail']])).toBe(3);
  });
  test('a one-column list: the first filled row', () => {
    expect(findHeaderRow([[''], ['Namn'], ['Anna']])).toBe(2);
  });
  test('the proposal names the header row and lists the headers in column order', () => {
    expect(proposeImport([['Lista'], ['Läkare', 'Startdatum', 'Telefon']])).toEqual({
      headerRow: 2,
      headers: ['Läkare', 'Startdatum', 'Telefon'],
      mapping: { Läkare: TRAINEE_COL.name, Startdatum: TRAINEE_COL.stStart },
    });
  });
});
