import { evaluateWorkbook } from '../../../src/domain/evaluate';
import type { ParsedWorkbook } from '../../../src/domain/model';
import { decodeSnapshot, encodeSnapshot } from '../../../src/domain/reminders/codec';
import { buildReminderSnapshot } from '../../../src/domain/reminders/snapshot';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { agreement, session, supervisor, trainee } from '../rules/fixtures';

const TODAY = '2026-11-23';
const WORKBOOK = { id: 'wb-1', name: 'ST Region Norr', url: 'https://docs.google.com/spreadsheets/d/wb-1/edit', timeZone: 'Europe/Stockholm' };

/**
 * 2026-11-23: Anna's annual check-in was due 2026-10-10 (late); Bo's is due
 * 2027-03-01 (beyond 60 days); Cecilia started 2026-10-01 with no IUP and no
 * agreement (both due within 60 days); Dora is Vilande; Erik's agreement ends
 * 2026-12-31 with nothing after it.
 */
function region(): ParsedWorkbook {
  return {
    workbook: {
      trainees: [
        trainee({ row: 2, id: 'ST-0001', name: 'Anna Andersson', stStart: '2023-09-01', mainSupervisorId: 'HL-0001' }),
        trainee({ row: 3, id: 'ST-0002', name: 'Bo Berg', stStart: '2024-03-01', mainSupervisorId: 'HL-0002' }),
        trainee({ row: 4, id: 'ST-0003', name: 'Cecilia Dahl', stStart: '2026-10-01', iupDone: null, mainSupervisorId: 'HL-0002' }),
        trainee({ row: 5, id: 'ST-0004', name: 'Dora Ek', status: 'Vilande', stStart: '2022-01-01' }),
        trainee({ row: 6, id: 'ST-0005', name: 'Erik Fors', stStart: '2024-06-01' }),
      ],
      supervisors: [supervisor({ id: 'HL-0001', name: 'Karin Berg' }), supervisor({ row: 3, id: 'HL-0002', name: 'Lars Ek', email: '' })],
      agreements: [
        agreement({ id: 'Ö-0001', traineeId: 'ST-0001', supervisorId: 'HL-0001', validFrom: '2023-09-01' }),
        agreement({ id: 'Ö-0002', traineeId: 'ST-0002', supervisorId: 'HL-0002', validFrom: '2024-03-01' }),
        agreement({ id: 'Ö-0005', traineeId: 'ST-0005', supervisorId: 'HL-0001', validFrom: '2024-06-01', validTo: '2026-12-31' }),
      ],
      sessions: [
        session('2025-10-10', 'Årligt avstämningssamtal', { traineeId: 'ST-0001' }),
        session('2026-03-01', 'Årligt avstämningssamtal', { traineeId: 'ST-0002' }),
        session('2026-06-01', 'Årligt avstämningssamtal', { traineeId: 'ST-0005' }),
      ],
      leave: [],
      certificates: [],
      catalogue: [],
    },
    issues: [{ sheet: 'Samtal', row: 9, column: 'Datum', message: 'x', traineeIds: [] }],
    assignedIds: [],
    rejectedTraineeIds: [],
    rejectedSupervisorIds: [],
  };
}

function take() {
  const parsed = region();
  const result = evaluateWorkbook(parsed, TODAY, DEFAULT_SETTINGS);
  return buildReminderSnapshot({ parsed, result, today: TODAY, settings: DEFAULT_SETTINGS, workbook: WORKBOOK, takenAt: '2026-11-23 07:05' });
}

describe('PRODUCT.md §7: the snapshot holds due dates, not statuses', () => {
  const s = take();
  const byName = (name: string) => s.trainees.find((t) => t.name === name);

  it("Anna: the annual check-in's due date (2026-10-10), not the word Försenad", () => {
    expect(byName('Anna Andersson')?.items).toEqual([{ kind: 'annual', due: '2026-10-10' }]);
  });

  it('Cecilia (started 2026-10-01): no agreement, due 2026-11-01 (listed); IUP due 2027-04-01 and check-in 2027-10-01 (counted)', () => {
    const cecilia = byName('Cecilia Dahl');
    expect(cecilia?.items).toEqual([{ kind: 'agreement', due: '2026-11-01' }]);
  });

  it("Erik: the agreement in force ends 2026-12-31 and nothing follows it → an agreement item due that day", () => {
    expect(byName('Erik Fors')?.items).toContainEqual({ kind: 'agreement', due: '2026-12-31' });
  });

  it('Bo: his check-in (2027-03-01) is beyond 60 days, so only his open flags are listed; the date is counted', () => {
    expect(byName('Bo Berg')).toEqual({
      name: 'Bo Berg',
      supervisor: 1,
      items: [],
      flags: ['Handledning glest', 'Få medsittningar (0/6)', 'Studierektorsavstämning saknas', 'Specialistkollegium saknas', 'Mitt-i-ST saknas'],
    });
    // Beyond 2027-01-22: the check-ins of Bo, Cecilia (2027-10-01) and Erik (2027-06-01), and Cecilia's IUP.
    expect(s.later).toBe(4);
  });

  it('Dora (Vilande) is not listed: rules apply to Aktiv trainees only', () => {
    expect(byName('Dora Ek')).toBeUndefined();
  });

  it('main supervisors by index, with their address ("" when the row has none); data errors counted', () => {
    expect(s.supervisors[byName('Anna Andersson')!.supervisor]).toEqual({ name: 'Karin Berg', email: 'karin.berg@example.se' });
    expect(s.supervisors[byName('Cecilia Dahl')!.supervisor]).toEqual({ name: 'Lars Ek', email: '' });
    expect(s.dataErrors).toBe(1);
  });

  it('flags with no date of their own are kept as text; dated ones and Datafel are not repeated', () => {
    const all = s.trainees.flatMap((t) => t.flags);
    expect(all).not.toContain('Årlig avstämning försenad');
    expect(all).not.toContain('Överenskommelse saknas');
    expect(all).not.toContain('Datafel');
  });

  it('survives encoding and decoding unchanged', () => {
    expect(decodeSnapshot(encodeSnapshot(s))).toEqual(s);
  });

  it('a stored text from another version, or cut short, decodes to null', () => {
    expect(decodeSnapshot(encodeSnapshot(s).slice(0, 40))).toBeNull();
    expect(decodeSnapshot(JSON.stringify({ v: 2 }))).toBeNull();
    expect(decodeSnapshot(encodeSnapshot({ ...s, trainees: [{ name: 'X', supervisor: 99, items: [], flags: [] }] }))).toBeNull();
  });
});
