/**
 * Rule 11 of PRODUCT.md §6: delmål covered by an issued intyg, against the
 * catalogue of the trainee's regulation and specialty.
 */
import { DelmalCatalogue } from '../../../src/domain/delmalCatalogue';
import type { CatalogueEntry, Certificate } from '../../../src/domain/model';
import { delmalCoverage, delmalFlags } from '../../../src/domain/rules/delmal';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { texts, trainee } from './fixtures';

const TODAY = '2026-03-11';
let nextRow = 2;

function entry(code: string, specialty = '', regulation: CatalogueEntry['regulation'] = 'HSLF-FS 2021:8'): CatalogueEntry {
  return { row: nextRow++, regulation, specialty, code, title: `Titel ${code}` };
}
function certificate(codeKeys: string[], issued: string | null): Certificate {
  return { row: nextRow++, traineeId: 'ST-0001', codeKeys, activity: 'Kurs', title: '', issued, issuer: '', note: '' };
}

const catalogue = new DelmalCatalogue([
  entry('STa1'),
  entry('STa2'),
  entry('STa3'),
  entry('STb1'),
  entry('STc1', 'Psykiatri'),
  entry('STc2', 'Psykiatri'),
  entry('STc1', 'Allmänmedicin'),
  entry('a1', '', 'SOSFS 2015:8'),
]);

describe('rule 11: the trainee’s catalogue', () => {
  it('is the rows of the trainee’s Föreskrift with blank Specialitet or the trainee’s (case and spaces ignored)', () => {
    const psychiatry = catalogue.forTrainee({ regulation: 'HSLF-FS 2021:8', specialty: ' psykiatri ' });
    expect([...psychiatry.values()].map((e) => e.code)).toEqual(['STa1', 'STa2', 'STa3', 'STb1', 'STc1', 'STc2']);
    const gp = catalogue.forTrainee({ regulation: 'HSLF-FS 2021:8', specialty: 'Allmänmedicin' });
    expect([...gp.values()].map((e) => e.code)).toEqual(['STa1', 'STa2', 'STa3', 'STb1', 'STc1']);
    expect([...catalogue.forTrainee({ regulation: 'SOSFS 2015:8', specialty: 'Allmänmedicin' }).keys()]).toEqual(['a1']);
  });

  it('a code listed twice counts once', () => {
    const twice = new DelmalCatalogue([entry('STa1'), entry('sta1')]);
    expect(twice.forTrainee({ regulation: 'HSLF-FS 2021:8', specialty: 'Kirurgi' }).size).toBe(1);
  });
});

describe('rule 11: Delmål med intyg (n/m)', () => {
  const gp = catalogue.forTrainee({ regulation: 'HSLF-FS 2021:8', specialty: 'Allmänmedicin' });

  it('counts codes named by an intyg issued on or before today, each once', () => {
    const coverage = delmalCoverage(gp, [certificate(['sta1', 'stb1'], '2025-05-01'), certificate(['sta1'], TODAY)], TODAY);
    expect(coverage.covered.map((e) => e.code)).toEqual(['STa1', 'STb1']);
    expect(coverage.missing.map((e) => e.code)).toEqual(['STa2', 'STa3', 'STc1']);
  });

  it('an intyg dated in the future (2026-03-12) or with a blank Utfärdat (planned) does not count yet', () => {
    const coverage = delmalCoverage(gp, [certificate(['sta2'], '2026-03-12'), certificate(['sta3'], null)], TODAY);
    expect(coverage.covered).toEqual([]);
  });
});

describe('rule 11: N delmål utan intyg', () => {
  const gp = catalogue.forTrainee({ regulation: 'HSLF-FS 2021:8', specialty: 'Allmänmedicin' });
  const coverage = delmalCoverage(gp, [certificate(['sta1', 'stb1'], '2025-05-01')], TODAY);

  it('flags the 3 missing delmål when the planned end (2027-03-11) is exactly 365 days away', () => {
    expect(texts(delmalFlags(trainee({ plannedEnd: '2027-03-11' }), coverage, TODAY, DEFAULT_SETTINGS))).toEqual(['3 delmål utan intyg']);
  });

  it('is quiet 366 days before the planned end', () => {
    expect(delmalFlags(trainee({ plannedEnd: '2027-03-12' }), coverage, TODAY, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('is quiet when every delmål has an intyg, or the catalogue is empty', () => {
    const all = delmalCoverage(gp, [certificate(['sta1', 'sta2', 'sta3', 'stb1', 'stc1'], '2025-05-01')], TODAY);
    expect(delmalFlags(trainee({ plannedEnd: '2026-06-01' }), all, TODAY, DEFAULT_SETTINGS)).toEqual([]);
    const none = delmalCoverage(new Map(), [], TODAY);
    expect(delmalFlags(trainee({ plannedEnd: '2026-06-01' }), none, TODAY, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('after the planned end it still flags', () => {
    expect(texts(delmalFlags(trainee({ plannedEnd: '2025-12-31' }), coverage, TODAY, DEFAULT_SETTINGS))).toEqual(['3 delmål utan intyg']);
  });
});
