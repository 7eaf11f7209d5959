import * as fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import {
  countOnOrBefore,
  indexSessions,
  inWindow,
  latestOnOrBefore,
  ofType,
  windowEndingOn,
} from '../../src/domain/sessionIndex';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { session } from './rules/fixtures';

describe('session index', () => {
  const s1 = session('2026-02-01', 'Handledningssamtal', { traineeId: 'ST-0001', row: 10 });
  const s2 = session('2025-06-01', 'Handledningssamtal', { traineeId: 'ST-0001', row: 11 });
  const s3 = session('2026-02-01', 'Handledningssamtal', { traineeId: 'ST-0001', row: 4 });
  const other = session('2026-01-01', 'Handledningssamtal', { traineeId: 'ST-0002', row: 12 });
  const sitIn = session('2026-01-15', 'Medsittning', { traineeId: 'ST-0001', row: 13 });
  const index = indexSessions([s1, s2, other, s3, sitIn]);

  it('groups per trainee and type, sorted by date, ties in row order', () => {
    expect(ofType(index.forTrainee('ST-0001'), 'Handledningssamtal').map((s) => s.row)).toEqual([11, 4, 10]);
    expect(ofType(index.forTrainee('ST-0001'), 'Medsittning')).toEqual([sitIn]);
    expect(ofType(index.forTrainee('ST-0002'), 'Handledningssamtal')).toEqual([other]);
  });

  it('a trainee without sessions and a type without sessions read as empty', () => {
    expect(ofType(index.forTrainee('ST-0099'), 'Handledningssamtal')).toEqual([]);
    expect(ofType(index.forTrainee('ST-0001'), 'Mitt-i-ST')).toEqual([]);
  });

  it('latest and count on or before 2026-01-31 / 2026-02-01 / 2025-05-31', () => {
    const sorted = ofType(index.forTrainee('ST-0001'), 'Handledningssamtal');
    expect(latestOnOrBefore(sorted, '2026-01-31')).toBe(s2);
    expect(latestOnOrBefore(sorted, '2026-02-01')?.row).toBe(10);
    expect(latestOnOrBefore(sorted, '2025-05-31')).toBeNull();
    expect(countOnOrBefore(sorted, '2026-02-01')).toBe(3);
    expect(countOnOrBefore(sorted, '2026-01-31')).toBe(1);
  });

  it('the window ending 2026-03-11 starts 2025-03-12 and includes both ends', () => {
    const window = windowEndingOn('2026-03-11', DEFAULT_SETTINGS);
    expect(window).toEqual({ from: '2025-03-12', to: '2026-03-11' });
    const edges = [
      session('2025-03-11', 'Medsittning'),
      session('2025-03-12', 'Medsittning'),
      session('2026-03-11', 'Medsittning'),
      session('2026-03-12', 'Medsittning'),
    ];
    expect(inWindow(edges, window).map((s) => s.date)).toEqual(['2025-03-12', '2026-03-11']);
  });

  it('leap year: the 365-day window ending 2024-12-31 starts 2024-01-02', () => {
    expect(windowEndingOn('2024-12-31', DEFAULT_SETTINGS).from).toBe('2024-01-02');
  });

  it('property: each list is in date order, ties in row order, short lists (by insertion) and long ones alike', () => {
    const offset = fc.integer({ min: -60, max: 0 });
    fc.assert(
      fc.property(fc.array(offset, { maxLength: 80 }), (offsets) => {
        const all = offsets.map((o, i) => session(addDays('2026-03-11', o), 'Medsittning', { row: 2 + ((i * 37) % 97) }));
        const sorted = ofType(indexSessions(all).forTrainee('ST-0001'), 'Medsittning');
        const expected = [...all].sort((a, b) => (a.date === b.date ? a.row - b.row : a.date < b.date ? -1 : 1));
        expect(sorted).toEqual(expected);
      }),
    );
  });

  it('property: the binary searches agree with a plain scan of the same sessions', () => {
    const offset = fc.integer({ min: -800, max: 30 });
    fc.assert(
      fc.property(fc.array(offset, { maxLength: 40 }), offset, (offsets, todayOffset) => {
        const today = addDays('2026-03-11', todayOffset);
        const all = offsets.map((o, i) => session(addDays('2026-03-11', o), 'Medsittning', { row: i + 2 }));
        const sorted = ofType(indexSessions(all).forTrainee('ST-0001'), 'Medsittning');
        const window = windowEndingOn(today, DEFAULT_SETTINGS);
        const scanWindow = all.filter((s) => s.date >= window.from && s.date <= today);
        const upToToday = all.filter((s) => s.date <= today);
        expect(inWindow(sorted, window)).toHaveLength(scanWindow.length);
        expect(countOnOrBefore(sorted, today)).toBe(upToToday.length);
        const latest = upToToday.reduce<string | null>((max, s) => (max === null || s.date > max ? s.date : max), null);
        expect(latestOnOrBefore(sorted, today)?.date ?? null).toBe(latest);
      }),
    );
  });
});
