/** A dated reminder snapshot for the digest specs: taken Monday 2026-11-23 07:05 in Stockholm. */
import type { ReminderSnapshot, SnapshotTrainee } from '../../../src/domain/reminders/snapshot';

export function traineeEntry(overrides: Partial<SnapshotTrainee> = {}): SnapshotTrainee {
  return { name: 'Anna Andersson', supervisor: -1, items: [], flags: [], ...overrides };
}

export function snapshot(overrides: Partial<ReminderSnapshot> = {}): ReminderSnapshot {
  return {
    workbook: {
      id: 'wb-1',
      name: 'ST Region Norr',
      url: 'https://docs.google.com/spreadsheets/d/wb-1/edit',
      timeZone: 'Europe/Stockholm',
    },
    takenAt: '2026-11-23 07:05',
    soonDays: 30,
    supervisors: [
      { name: 'Karin Berg', email: 'karin.berg@example.se' },
      { name: 'Lars Ek', email: '' },
    ],
    trainees: [
      // Late since 2026-11-01.
      traineeEntry({ name: 'Anna Andersson', supervisor: 0, items: [{ kind: 'annual', due: '2026-11-01' }] }),
      // Due 2026-11-27: soon on the 23rd, late from the 28th.
      traineeEntry({ name: 'Bo Berg', supervisor: 0, items: [{ kind: 'annual', due: '2026-11-27' }] }),
      // IUP deadline passed; no agreement since 2026-10-01; a sparse-supervision flag.
      traineeEntry({
        name: 'Cecilia Dahl',
        supervisor: 1,
        items: [
          { kind: 'iup', due: '2026-09-15' },
          { kind: 'agreement', due: '2026-10-01' },
        ],
        flags: ['Handledning glest'],
      }),
      // Due 2027-01-10: not soon on 2026-11-23 (48 days), soon from 2026-12-11.
      traineeEntry({ name: 'David Ek', supervisor: 0, items: [{ kind: 'annual', due: '2027-01-10' }] }),
    ],
    dataErrors: 2,
    later: 7,
    omitted: 0,
    ...overrides,
  };
}
