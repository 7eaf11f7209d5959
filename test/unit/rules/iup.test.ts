import { iupFlags } from '../../../src/domain/rules/iup';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { texts, trainee } from './fixtures';

describe('rule 2: IUP', () => {
  const noIup = trainee({ stStart: '2025-01-15', iupDone: null });

  it('ST-start 2025-01-15, no IUP, today 2025-07-16 (deadline 2025-07-15 passed) → IUP saknas', () => {
    expect(texts(iupFlags(noIup, '2025-07-16', DEFAULT_SETTINGS))).toEqual(['IUP saknas']);
  });

  it('ST-start 2025-01-15, no IUP, today 2025-07-15 (the deadline itself) → IUP snart', () => {
    expect(texts(iupFlags(noIup, '2025-07-15', DEFAULT_SETTINGS))).toEqual(['IUP snart']);
  });

  it('ST-start 2025-01-15, no IUP, today 2025-06-15 (30 days before) → IUP snart', () => {
    expect(texts(iupFlags(noIup, '2025-06-15', DEFAULT_SETTINGS))).toEqual(['IUP snart']);
  });

  it('ST-start 2025-01-15, no IUP, today 2025-06-14 (31 days before) → no flag', () => {
    expect(iupFlags(noIup, '2025-06-14', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('IUP klar 2025-03-01, today 2026-03-11 → no flag', () => {
    expect(iupFlags({ ...noIup, iupDone: '2025-03-01' }, '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('month-end clamping: ST-start 2024-08-31 → deadline 2025-02-28; today 2025-02-28 snart, 2025-03-01 saknas', () => {
    const lateAugust = trainee({ stStart: '2024-08-31', iupDone: null });
    expect(texts(iupFlags(lateAugust, '2025-02-28', DEFAULT_SETTINGS))).toEqual(['IUP snart']);
    expect(texts(iupFlags(lateAugust, '2025-03-01', DEFAULT_SETTINGS))).toEqual(['IUP saknas']);
  });

  it('ST-start 2026-09-01 in the future, no IUP, today 2026-03-11 → no flag', () => {
    expect(iupFlags(trainee({ stStart: '2026-09-01', iupDone: null }), '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('iupDeadlineMonths 3: ST-start 2025-01-15, no IUP, today 2025-04-16 → IUP saknas', () => {
    const settings = { ...DEFAULT_SETTINGS, iupDeadlineMonths: 3 };
    expect(texts(iupFlags(noIup, '2025-04-16', settings))).toEqual(['IUP saknas']);
  });
});
