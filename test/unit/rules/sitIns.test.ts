import { sitInCheck } from '../../../src/domain/rules/sitIns';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { agreement, session, sessionsOf, texts, trainee } from './fixtures';

const SIT_IN = 'Medsittning';
const TODAY = '2026-03-11';

/** `n` sit-ins inside the window ending 2026-03-11. */
function sitIns(n: number) {
  return Array.from({ length: n }, (_, i) => session(`2025-${String(4 + i).padStart(2, '0')}-15`, SIT_IN));
}

describe('rule 5: sit-ins', () => {
  const longStarted = trainee({ stStart: '2020-01-01' });

  it('ST-start 2020-01-01, no agreement, 5 sit-ins in the window ending 2026-03-11 → Få medsittningar (5/6)', () => {
    const result = sitInCheck(longStarted, sessionsOf(...sitIns(5)), null, TODAY, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ count: 5, required: 6, expected: 6 });
    expect(texts(result.flags)).toEqual(['Få medsittningar (5/6)']);
  });

  it('ST-start 2020-01-01, 6 sit-ins in the window ending 2026-03-11 → no flag', () => {
    expect(sitInCheck(longStarted, sessionsOf(...sitIns(6)), null, TODAY, DEFAULT_SETTINGS).flags).toEqual([]);
  });

  it("window's first day: today 2026-03-11, sit-in 2025-03-12 (today − 364) counted, 2025-03-11 (today − 365) not", () => {
    const sessions = sessionsOf(session('2025-03-11', SIT_IN), session('2025-03-12', SIT_IN), session(TODAY, SIT_IN));
    expect(sitInCheck(longStarted, sessions, null, TODAY, DEFAULT_SETTINGS).count).toBe(2);
  });

  it('agreement with 10 sit-ins per year, 9 in the window ending 2026-03-11 → Få medsittningar (9/10)', () => {
    const ten = agreement({ sitInsPerYear: 10 });
    expect(texts(sitInCheck(longStarted, sessionsOf(...sitIns(9)), ten, TODAY, DEFAULT_SETTINGS).flags)).toEqual([
      'Få medsittningar (9/10)',
    ]);
  });

  it('pro rata: ST-start 2026-01-01, today 2026-03-11 (69 days) → expected floor(6 × 69/365) = 1; none held → (0/6)', () => {
    const result = sitInCheck(trainee({ stStart: '2026-01-01' }), sessionsOf(), null, TODAY, DEFAULT_SETTINGS);
    expect(result.expected).toBe(1);
    expect(texts(result.flags)).toEqual(['Få medsittningar (0/6)']);
  });

  it('pro rata: ST-start 2026-02-01, today 2026-03-11 (38 days) → expected floor(6 × 38/365) = 0 → no flag', () => {
    const result = sitInCheck(trainee({ stStart: '2026-02-01' }), sessionsOf(), null, TODAY, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ expected: 0, flags: [] });
  });

  it('ST-start 2026-09-01 in the future, today 2026-03-11 → expected 0, no flag', () => {
    const result = sitInCheck(trainee({ stStart: '2026-09-01' }), sessionsOf(), null, TODAY, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ expected: 0, flags: [] });
  });

  it('agreement with 0 sit-ins per year, none held, today 2026-03-11 → no flag', () => {
    const none = agreement({ sitInsPerYear: 0 });
    expect(sitInCheck(longStarted, sessionsOf(), none, TODAY, DEFAULT_SETTINGS).flags).toEqual([]);
  });

  it('defaultSitInsPerYear 4 and windowDays 180: 1 sit-in on 2025-12-01, today 2026-03-11 → expected 4 → (1/4)', () => {
    const settings = { ...DEFAULT_SETTINGS, defaultSitInsPerYear: 4, windowDays: 180 };
    const result = sitInCheck(longStarted, sessionsOf(session('2025-12-01', SIT_IN), session('2025-09-01', SIT_IN)), null, TODAY, settings);
    expect(texts(result.flags)).toEqual(['Få medsittningar (1/4)']);
  });

  it('Handledningssamtal in the window are not sit-ins: 6 supervisions, today 2026-03-11 → count 0', () => {
    const supervisions = sitIns(6).map((s) => ({ ...s, type: 'Handledningssamtal' as const }));
    expect(sitInCheck(longStarted, sessionsOf(...supervisions), null, TODAY, DEFAULT_SETTINGS).count).toBe(0);
  });
});
