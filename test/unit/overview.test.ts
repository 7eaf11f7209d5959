/**
 * The tables of Översikt (PRODUCT.md §8), from trainees and their computed
 * results. Each case states the results it starts from, so the expected
 * numbers can be checked by hand.
 */
import type { ParsedWorkbook, RawRow, RefreshResult, Trainee, TraineeResult } from '../../src/domain/model';
import { median, overviewTables, quarterLabel, type GroupRow } from '../../src/domain/overview';
import { overviewGrid, MONTH_TABLE, QUARTER_TABLE } from '../../src/domain/overviewSheet';
import { OVERVIEW } from '../../src/domain/sheetContract';
import { barChartText, layoutBars } from '../../src/shared/barChart';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { trainee } from './rules/fixtures';

const TODAY = '2026-11-23';

function result(id: string, overrides: Partial<TraineeResult> = {}): TraineeResult {
  return {
    id,
    annualStatus: 'OK',
    nextAnnualDue: '2027-03-01',
    lastSupervision: null,
    supervisionHours12m: 0,
    sitIns12m: 0,
    estimatedEnd: null,
    delmal: null,
    flags: [],
    ...overrides,
  };
}

interface Case {
  trainee: Trainee;
  result: TraineeResult;
}

function workbook(cases: Case[], rejected: { id: string; result: TraineeResult }[] = [], raw: RawRow[] = []) {
  const parsed: ParsedWorkbook = {
    workbook: { trainees: cases.map((c) => c.trainee), supervisors: [], agreements: [], sessions: [], leave: [], certificates: [], catalogue: [] },
    issues: [],
    assignedIds: [],
    rejectedTraineeIds: rejected.map((r) => r.id),
    rejectedSupervisorIds: [],
  };
  const refresh: RefreshResult = { trainees: [...cases.map((c) => c.result), ...rejected.map((r) => r.result)], supervisors: [] };
  return { parsed, refresh, raw };
}

function person(id: string, t: Partial<Trainee>, r: Partial<TraineeResult> = {}): Case {
  return { trainee: trainee({ id, name: id, ...t }), result: result(id, r) };
}

const row = (rows: GroupRow[], label: string) => rows.find((r) => r.label === label);

describe('§8 an empty workbook', () => {
  const { parsed, refresh } = workbook([]);
  const tables = overviewTables(parsed, refresh, [], TODAY);

  test('the unit and specialty tables hold only their Totalt row, all zero, no median', () => {
    const zero = { active: 0, overdue: 0, soon: 0, agreementMissing: 0, dataErrors: 0, sitInsMedian: null, endingWithin12Months: 0 };
    expect(tables.byUnit).toEqual([{ label: 'Totalt', ...zero }]);
    expect(tables.bySpecialty).toEqual([{ label: 'Totalt', ...zero }]);
  });

  test('the month table still lists the 12 months from 2026-11, each 0', () => {
    expect(tables.checkInsByMonth.map((m) => m.label)).toEqual([
      '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04',
      '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10',
    ]);
    expect(tables.checkInsByMonth.every((m) => m.count === 0)).toBe(true);
  });

  test('the quarter table lists 8 quarters from 2026 Q4', () => {
    expect(tables.endsByQuarter.map((q) => q.label)).toEqual([
      '2026 Q4', '2027 Q1', '2027 Q2', '2027 Q3', '2027 Q4', '2028 Q1', '2028 Q2', '2028 Q3',
    ]);
  });
});

describe('§8 per Enhet and per Specialitet, today 2026-11-23', () => {
  const { parsed, refresh } = workbook([
    // Norr: three active, one overdue (due 2026-10-01), one soon, one missing its agreement; sit-ins 2, 5, 9.
    person('A', { unit: 'VC Norr', specialty: 'Allmänmedicin', plannedEnd: '2027-06-30' }, { annualStatus: 'Försenad', nextAnnualDue: '2026-10-01', sitIns12m: 2 }),
    person('B', { unit: 'VC Norr', specialty: 'Allmänmedicin', plannedEnd: '2030-01-01' }, { annualStatus: 'Snart', nextAnnualDue: '2026-12-15', sitIns12m: 9, flags: ['Överenskommelse saknas'] }),
    person('C', { unit: 'VC Norr', specialty: 'Psykiatri', plannedEnd: '2027-11-23' }, { nextAnnualDue: '2027-05-02', sitIns12m: 5 }),
    // Söder: two active (sit-ins 1 and 4 → median 2.5), one planned end already passed.
    person('D', { unit: 'VC Söder', specialty: 'Psykiatri', plannedEnd: '2026-08-31' }, { nextAnnualDue: '2027-02-01', sitIns12m: 1 }),
    person('E', { unit: 'VC Söder', specialty: 'Allmänmedicin', plannedEnd: '2027-11-24' }, { nextAnnualDue: '2027-02-10', sitIns12m: 4 }),
    // No unit at all.
    person('F', { unit: '', specialty: 'Allmänmedicin', plannedEnd: '2029-01-01' }, { nextAnnualDue: '2027-10-31', sitIns12m: 3 }),
  ]);
  const tables = overviewTables(parsed, refresh, [], TODAY);

  test('units by name, (ingen enhet) last, then Totalt', () => {
    expect(tables.byUnit.map((r) => r.label)).toEqual(['VC Norr', 'VC Söder', '(ingen enhet)', 'Totalt']);
  });

  test('VC Norr: 3 active, 1 Försenad, 1 Snart, 1 without agreement, median 5, 2 ending by 2027-11-23 (inclusive)', () => {
    expect(row(tables.byUnit, 'VC Norr')).toEqual({
      label: 'VC Norr', active: 3, overdue: 1, soon: 1, agreementMissing: 1, dataErrors: 0, sitInsMedian: 5, endingWithin12Months: 2,
    });
  });

  test('VC Söder: the median of two is their mean (2.5); an end already passed counts as within 12 months, 2027-11-24 does not', () => {
    expect(row(tables.byUnit, 'VC Söder')).toMatchObject({ active: 2, sitInsMedian: 2.5, endingWithin12Months: 1 });
  });

  test('Totalt sums the units and takes the median over every active trainee (1,2,3,4,5,9 → 3.5)', () => {
    expect(row(tables.byUnit, 'Totalt')).toEqual({
      label: 'Totalt', active: 6, overdue: 1, soon: 1, agreementMissing: 1, dataErrors: 0, sitInsMedian: 3.5, endingWithin12Months: 3,
    });
  });

  test('per Specialitet: the same columns, grouped by specialty', () => {
    expect(tables.bySpecialty.map((r) => [r.label, r.active, r.overdue])).toEqual([
      ['Allmänmedicin', 4, 1],
      ['Psykiatri', 2, 0],
      ['Totalt', 6, 1],
    ]);
  });

  test('check-ins per month: the overdue one (due 2026-10-01) counts in 2026-11; 2026-12 1; 2027-02 2; 2027-05 1; 2027-10 1', () => {
    const counts = Object.fromEntries(tables.checkInsByMonth.map((m) => [m.label, m.count]));
    expect(counts).toEqual({
      '2026-11': 1, '2026-12': 1, '2027-01': 0, '2027-02': 2, '2027-03': 0, '2027-04': 0,
      '2027-05': 1, '2027-06': 0, '2027-07': 0, '2027-08': 0, '2027-09': 0, '2027-10': 1,
    });
  });

  test('ST ends per quarter: the passed end (2026-08-31) counts in 2026 Q4; 2027 Q2 1; 2027 Q4 2; 2029 and 2030 are beyond the 8 quarters', () => {
    const counts = Object.fromEntries(tables.endsByQuarter.map((q) => [q.label, q.count]));
    expect(counts).toEqual({
      '2026 Q4': 1, '2027 Q1': 0, '2027 Q2': 1, '2027 Q3': 0, '2027 Q4': 2, '2028 Q1': 0, '2028 Q2': 0, '2028 Q3': 0,
    });
  });
});

describe('§8 a unit with only inactive trainees', () => {
  const { parsed, refresh } = workbook([
    person('A', { unit: 'VC Norr', plannedEnd: '2030-01-01' }, { nextAnnualDue: '2027-01-10', sitIns12m: 4 }),
    person('V', { unit: 'VC Vila', status: 'Vilande', plannedEnd: '2027-01-01' }, { annualStatus: '–', nextAnnualDue: null, flags: ['Vilande'], sitIns12m: 7 }),
    person('X', { unit: 'VC Stängd', status: 'Avslutad', plannedEnd: '2026-12-01' }, { annualStatus: '–', nextAnnualDue: null }),
  ]);
  const tables = overviewTables(parsed, refresh, [], TODAY);

  test('a unit with only Vilande trainees is listed with zeros and no median', () => {
    expect(row(tables.byUnit, 'VC Vila')).toEqual({
      label: 'VC Vila', active: 0, overdue: 0, soon: 0, agreementMissing: 0, dataErrors: 0, sitInsMedian: null, endingWithin12Months: 0,
    });
  });

  test('a unit whose trainees have all finished (Avslutad) is not listed', () => {
    expect(row(tables.byUnit, 'VC Stängd')).toBeUndefined();
  });

  test('inactive trainees count in no month and no quarter', () => {
    expect(tables.checkInsByMonth.reduce((n, m) => n + m.count, 0)).toBe(1);
    expect(tables.endsByQuarter.reduce((n, q) => n + q.count, 0)).toBe(0);
  });

  test('the Totalt median ignores the inactive (only A: 4)', () => {
    expect(row(tables.byUnit, 'Totalt')).toMatchObject({ active: 1, sitInsMedian: 4 });
  });
});

describe('§8 Datafel: rows that failed validation count under the Enhet typed on them', () => {
  const raw: RawRow[] = [{ row: 3, cells: { ID: 'ST-0009', Enhet: 'VC Norr', Specialitet: '' } }];
  const { parsed, refresh } = workbook(
    [person('A', { unit: 'VC Norr' }, { flags: ['Datafel', 'Handledning glest'] })],
    [{ id: 'ST-0009', result: result('ST-0009', { annualStatus: '–', nextAnnualDue: null, sitIns12m: null, flags: ['Datafel'] }) }],
    raw,
  );
  const tables = overviewTables(parsed, refresh, raw, TODAY);

  test('VC Norr: 1 active and 2 Datafel (one valid row with the flag, one rejected row)', () => {
    expect(row(tables.byUnit, 'VC Norr')).toMatchObject({ active: 1, dataErrors: 2 });
  });

  test('a rejected row without Specialitet counts under the default specialty', () => {
    expect(row(tables.bySpecialty, 'Allmänmedicin')).toMatchObject({ dataErrors: 2 });
  });
});

describe('§8 a month boundary: the tables start from the month and quarter of today', () => {
  const { parsed, refresh } = workbook([
    person('A', { unit: 'VC Norr', plannedEnd: '2026-12-31' }, { annualStatus: 'Snart', nextAnnualDue: '2026-11-30' }),
  ]);

  test('on 2026-11-30 the check-in due that day counts in 2026-11', () => {
    const tables = overviewTables(parsed, refresh, [], '2026-11-30');
    expect(tables.checkInsByMonth[0]).toEqual({ label: '2026-11', count: 1 });
  });

  test('on 2026-12-01 the months start at 2026-12 and the check-in, now overdue, counts there', () => {
    const tables = overviewTables(parsed, refresh, [], '2026-12-01');
    expect(tables.checkInsByMonth[0]).toEqual({ label: '2026-12', count: 1 });
    expect(tables.checkInsByMonth[11].label).toBe('2027-11');
  });

  test('on 2027-01-01 the quarters start at 2027 Q1 and the end of 2026-12-31 counts there', () => {
    const tables = overviewTables(parsed, refresh, [], '2027-01-01');
    expect(tables.endsByQuarter[0]).toEqual({ label: '2027 Q1', count: 1 });
  });
});

describe('median and quarter labels', () => {
  test.each([
    [[], null],
    [[3], 3],
    [[9, 1, 5], 5],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test.each([
    ['2026-01-01', '2026 Q1'],
    ['2026-03-31', '2026 Q1'],
    ['2026-04-01', '2026 Q2'],
    ['2026-12-31', '2026 Q4'],
  ])('%s is in %s', (date, label) => {
    expect(quarterLabel(date)).toBe(label);
  });
});

describe('§8 the sheet: each table starts with a header naming its grouping', () => {
  const { parsed, refresh } = workbook([person('A', { unit: 'VC Norr' }, { sitIns12m: 3 })]);
  const grid = overviewGrid(overviewTables(parsed, refresh, [], TODAY));
  const at = (r: number, c: number) => grid[r - 1][c - 1];

  test('A1 Enhet, then the units and Totalt; a blank row; then Specialitet', () => {
    expect(grid[0].slice(0, 8)).toEqual([
      'Enhet', 'Aktiva', 'Försenad', 'Snart', 'Överenskommelse saknas', 'Datafel', 'Medsittningar 12 mån (median)', 'ST-slut inom 12 mån',
    ]);
    expect(grid[1].slice(0, 8)).toEqual(['VC Norr', 1, 0, 0, 0, 0, 3, 0]);
    expect(at(3, 1)).toBe('Totalt');
    expect(at(4, 1)).toBe('');
    expect(at(5, 1)).toBe('Specialitet');
  });

  test('the month table at J1 (Månad, then YYYY-MM and a count) and the quarter table at J17', () => {
    expect([at(MONTH_TABLE.row, MONTH_TABLE.column), at(MONTH_TABLE.row, MONTH_TABLE.column + 1)]).toEqual(['Månad', 'Årliga avstämningar']);
    expect(at(2, MONTH_TABLE.column)).toBe('2026-11');
    expect([at(QUARTER_TABLE.row, QUARTER_TABLE.column), at(QUARTER_TABLE.row + 1, QUARTER_TABLE.column)]).toEqual(['Kvartal', '2026 Q4']);
    expect(grid).toHaveLength(QUARTER_TABLE.row + QUARTER_TABLE.rows - 1);
  });

  test('an empty median is a blank cell', () => {
    const empty = workbook([]);
    const g = overviewGrid(overviewTables(empty.parsed, empty.refresh, [], TODAY));
    expect(g[1][6]).toBe('');
  });
});

describe('§8 the sidebar chart: bars scaled to the largest count, and the numbers as text', () => {
  test('the largest count fills the height above the baseline; zero is flat; the text alternative lists every month', () => {
    const rows = [{ label: '2026-11', count: 4 }, { label: '2026-12', count: 0 }, { label: '2027-01', count: 2 }];
    const layout = layoutBars(rows, 300, 130);
    expect(layout.bars.map((b) => b.height)).toEqual([86, 0, 43]);
    expect(layout.bars.every((b) => b.y + b.height === layout.baseline)).toBe(true);
    expect(barChartText('Årliga avstämningar per månad', rows)).toBe('Årliga avstämningar per månad: 2026-11 4, 2026-12 0, 2027-01 2');
  });

  test('the sidebar names the chart, the columns and Totalt as the sheet does', () => {
    expect(SIDEBAR_TEXT.overview.checkInsTitle).toBe(OVERVIEW.checkInsTitle);
    expect(SIDEBAR_TEXT.overview.totalLabel).toBe(OVERVIEW.total);
    expect(SIDEBAR_TEXT.overview.unitColumns).toEqual([OVERVIEW.unit, ...OVERVIEW.groupColumns.slice(0, 3), OVERVIEW.groupColumns[4]]);
  });
});
