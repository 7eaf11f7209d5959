import { endOfStFlags } from '../../../src/domain/rules/endOfSt';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { texts, trainee } from './fixtures';

describe('rule 8: end of ST', () => {
  const endingSoon = trainee({ stStart: '2021-09-07', plannedEnd: '2026-09-07' });

  it('planned end 2026-09-07, today 2026-03-11 (180 days left) → Planera specialistansökan', () => {
    expect(texts(endOfStFlags(endingSoon, '2026-03-11', DEFAULT_SETTINGS))).toEqual(['Planera specialistansökan']);
  });

  it('planned end 2026-09-07, today 2026-03-10 (181 days left) → no flag', () => {
    expect(endOfStFlags(endingSoon, '2026-03-10', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('planned end 2026-09-07 already passed, today 2026-10-01 → still Planera specialistansökan', () => {
    expect(endOfStFlags(endingSoon, '2026-10-01', DEFAULT_SETTINGS)).toHaveLength(1);
  });

  it('planApplicationDays 365: planned end 2026-09-07, today 2025-09-07 (365 days left) → flag', () => {
    const settings = { ...DEFAULT_SETTINGS, planApplicationDays: 365 };
    expect(endOfStFlags(endingSoon, '2025-09-07', settings)).toHaveLength(1);
  });
});
