import {
  SHEET_SPECS,
  columnLetter,
  columnRuns,
  computedRuns,
  planHeaders,
  type SheetSpec,
} from '../../src/domain/sheetLayout';
import {
  AGREEMENT_COL,
  SESSION_COL,
  SHEET,
  SUPERVISOR_COL,
  SUPERVISOR_COMPUTED,
  TRAINEE_COL,
  TRAINEE_COMPUTED,
} from '../../src/domain/sheetContract';

function spec(name: string): SheetSpec {
  const found = SHEET_SPECS.find((s) => s.name === name);
  if (!found) throw new Error(`no spec for ${name}`);
  return found;
}

const trainees = spec(SHEET.trainees);
const supervisors = spec(SHEET.supervisors);
const agreements = spec(SHEET.agreements);
const sessions = spec(SHEET.sessions);
const traineeUser = Object.values(TRAINEE_COL);
const traineeComputed = Object.values(TRAINEE_COMPUTED);

describe('SHEET_SPECS', () => {
  it('covers the seven sheets of the contract with their exact headers', () => {
    expect(SHEET_SPECS.map((s) => s.name)).toEqual([
      SHEET.trainees,
      SHEET.supervisors,
      SHEET.agreements,
      SHEET.sessions,
      SHEET.leave,
      SHEET.certificates,
      SHEET.catalogue,
    ]);
    expect([...trainees.userHeaders, ...trainees.computedHeaders]).toEqual([...traineeUser, ...traineeComputed]);
    expect([...supervisors.userHeaders, ...supervisors.computedHeaders]).toEqual([
      ...Object.values(SUPERVISOR_COL),
      ...Object.values(SUPERVISOR_COMPUTED),
    ]);
    expect([...agreements.userHeaders, ...agreements.computedHeaders]).toEqual(Object.values(AGREEMENT_COL));
    expect(agreements.computedHeaders).toEqual([AGREEMENT_COL.document, AGREEMENT_COL.created]);
    expect(sessions.userHeaders).toEqual(Object.values(SESSION_COL));
    expect(sessions.computedHeaders).toEqual([]);
    expect(spec(SHEET.leave).userHeaders).toEqual(['ST-läkare', 'Från', 'Till', 'Typ', 'Omfattning (%)', 'Anteckning']);
    expect(spec(SHEET.certificates).userHeaders).toEqual([
      'ST-läkare',
      'Delmål',
      'Aktivitet',
      'Benämning',
      'Utfärdat',
      'Utfärdare',
      'Anteckning',
    ]);
    expect(spec(SHEET.catalogue).userHeaders).toEqual(['Föreskrift', 'Specialitet', 'Delmål', 'Benämning']);
  });

  it('ST-läkare ends its user columns with Föreskrift and BT godkänd, and computes Beräknat ST-slut and Delmål med intyg', () => {
    expect(traineeUser.slice(-2)).toEqual(['Föreskrift', 'BT godkänd']);
    expect(traineeComputed).toEqual([
      'Årlig avstämning',
      'Nästa årliga avstämning',
      'Senaste handledning',
      'Handledning 12 mån (h)',
      'Medsittningar 12 mån',
      'Beräknat ST-slut',
      'Delmål med intyg',
      'Flaggor',
      'Uppdaterad',
    ]);
    // '3/11' typed into a cell is a date to Sheets: the column is plain text.
    expect(trainees.columnTypes['Delmål med intyg']).toEqual({ kind: 'literal' });
  });

  it('types only columns of its own sheet, and validates only user columns', () => {
    for (const s of SHEET_SPECS) {
      for (const [header, type] of Object.entries(s.columnTypes)) {
        expect([...s.userHeaders, ...s.computedHeaders]).toContain(header);
        if (s.computedHeaders.includes(header)) expect(['date', 'timestamp', 'literal']).toContain(type.kind);
      }
    }
  });
});

describe('planHeaders', () => {
  it('writes every header of an empty sheet from column A, user columns then the computed block', () => {
    const plan = planHeaders(trainees, []);
    expect(plan.insertions).toEqual([
      { column: 1, headers: traineeUser, shiftsColumns: false },
      { column: traineeUser.length + 1, headers: traineeComputed, shiftsColumns: false },
    ]);
    expect(plan.headers).toEqual([...traineeUser, ...traineeComputed]);
    expect(plan.added).toEqual([...traineeUser, ...traineeComputed]);
  });

  it('changes nothing when every header is present, whatever the order', () => {
    const reordered = [...traineeComputed.slice(0, 3), ...[...traineeUser].reverse(), 'Min kolumn', ...traineeComputed.slice(3)];
    // The computed block is split by user columns here; still nothing to add.
    const plan = planHeaders(trainees, reordered);
    expect(plan.insertions).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(plan.headers).toEqual(reordered);
  });

  it('is idempotent: planning the planned row adds nothing', () => {
    const rows: string[][] = [
      [],
      ['Namn', 'ID', 'Min kolumn'],
      [...traineeUser.slice(0, 5), ...traineeComputed, 'Egen'],
      ['', '', 'Namn', '', 'Flaggor'],
    ];
    for (const row of rows) {
      const once = planHeaders(trainees, row);
      const twice = planHeaders(trainees, once.headers);
      expect(twice.insertions).toEqual([]);
      expect(twice.headers).toEqual(once.headers);
    }
  });

  it('puts missing user headers left of a whole computed block, shifting only that block', () => {
    const withoutIup = traineeUser.filter((h) => h !== TRAINEE_COL.iupDone && h !== TRAINEE_COL.email);
    const row = [...withoutIup, ...traineeComputed];
    const plan = planHeaders(trainees, row);
    expect(plan.insertions).toEqual([
      { column: withoutIup.length + 1, headers: [TRAINEE_COL.email, TRAINEE_COL.iupDone], shiftsColumns: true },
    ]);
    expect(plan.headers).toEqual([...withoutIup, TRAINEE_COL.email, TRAINEE_COL.iupDone, ...traineeComputed]);
  });

  it('keeps a user column between the user columns and the block left of the added headers', () => {
    const row = ['Namn', 'ID', 'Min kolumn', ...traineeComputed];
    const plan = planHeaders(trainees, row);
    const added = traineeUser.filter((h) => h !== 'Namn' && h !== 'ID');
    expect(plan.insertions).toEqual([{ column: 4, headers: added, shiftsColumns: true }]);
    expect(plan.headers.slice(0, 3)).toEqual(['Namn', 'ID', 'Min kolumn']);
    expect(plan.headers.slice(-traineeComputed.length)).toEqual(traineeComputed);
  });

  it('appends at the far right when a user column splits the computed block', () => {
    const row = [...traineeComputed.slice(0, 2), 'Min kolumn', ...traineeComputed.slice(2), ...traineeUser.slice(1)];
    const plan = planHeaders(trainees, row);
    expect(plan.insertions).toEqual([{ column: row.length + 1, headers: [TRAINEE_COL.id], shiftsColumns: false }]);
    expect(plan.headers.slice(0, row.length)).toEqual(row);
  });

  it('adds missing computed headers at the end of the existing block, before user columns right of it', () => {
    const row = [...traineeUser, ...traineeComputed.slice(0, 4), 'Egen'];
    const plan = planHeaders(trainees, row);
    expect(plan.insertions).toEqual([
      { column: traineeUser.length + 5, headers: traineeComputed.slice(4), shiftsColumns: true },
    ]);
    expect(plan.headers).toEqual([...traineeUser, ...traineeComputed, 'Egen']);
  });

  it('starts the computed block at the far right, after extra user columns', () => {
    const row = [...traineeUser, 'Min kolumn'];
    const plan = planHeaders(trainees, row);
    expect(plan.insertions).toEqual([{ column: row.length + 1, headers: traineeComputed, shiftsColumns: false }]);
  });

  it('never writes into a column with a blank header (it may hold data)', () => {
    const row = ['Namn', '', 'ID', '', ''];
    const plan = planHeaders(trainees, row);
    expect(plan.insertions[0].column).toBe(6);
    expect(plan.headers.slice(0, 5)).toEqual(row);
  });

  it('compares trimmed header text, exactly', () => {
    const plan = planHeaders(sessions, ['  Datum ', 'Typ', 'st-läkare']);
    expect(plan.added).toEqual([
      SESSION_COL.trainee,
      SESSION_COL.supervisor,
      SESSION_COL.minutes,
      SESSION_COL.documented,
      SESSION_COL.note,
    ]);
    expect(plan.headers.slice(0, 3)).toEqual(['Datum', 'Typ', 'st-läkare']);
  });

  it('places Överenskommelser user headers left of Dokument and Skapad', () => {
    const row = [AGREEMENT_COL.id, AGREEMENT_COL.trainee, AGREEMENT_COL.document, AGREEMENT_COL.created];
    const plan = planHeaders(agreements, row);
    expect(plan.insertions).toHaveLength(1);
    expect(plan.insertions[0]).toMatchObject({ column: 3, shiftsColumns: true });
    expect(plan.headers.slice(-2)).toEqual([AGREEMENT_COL.document, AGREEMENT_COL.created]);
  });

  it('tolerates blank-header columns inside the computed block', () => {
    const row = [...supervisors.userHeaders, SUPERVISOR_COMPUTED.activeTrainees, '', SUPERVISOR_COMPUTED.flags];
    expect(planHeaders(supervisors, row).insertions).toEqual([]);
    const missingNote = row.filter((h) => h !== SUPERVISOR_COL.note);
    expect(planHeaders(supervisors, missingNote).insertions).toEqual([
      { column: supervisors.userHeaders.length, headers: [SUPERVISOR_COL.note], shiftsColumns: true },
    ]);
  });
});

describe('computedRuns and columnRuns', () => {
  it('groups the computed block into one run when it sits together', () => {
    const headers = [...traineeUser, ...traineeComputed];
    expect(computedRuns(trainees, headers)).toEqual([{ column: traineeUser.length + 1, width: traineeComputed.length }]);
  });

  it('splits runs around user columns', () => {
    const headers = ['Årlig avstämning', 'Min kolumn', 'Nästa årliga avstämning', 'Flaggor'];
    expect(computedRuns(trainees, headers)).toEqual([
      { column: 1, width: 1 },
      { column: 3, width: 2 },
    ]);
    expect(computedRuns(sessions, headers)).toEqual([]);
  });

  it('sorts and deduplicates columns', () => {
    expect(columnRuns([5, 2, 3, 3, 9])).toEqual([
      { column: 2, width: 2 },
      { column: 5, width: 1 },
      { column: 9, width: 1 },
    ]);
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letter) => {
    expect(columnLetter(column)).toBe(letter);
  });
});
