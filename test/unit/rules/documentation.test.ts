import { documentationFlags } from '../../../src/domain/rules/documentation';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { session, sessionsOf, texts } from './fixtures';

const TODAY = '2026-03-11';
const undocumented = { documented: false };

describe('rule 9: documentation', () => {
  it('an undocumented Handledningssamtal 2026-02-01 and Medsittning 2026-01-10, today 2026-03-11 → 2 samtal odokumenterade', () => {
    const sessions = sessionsOf(
      session('2026-02-01', 'Handledningssamtal', undocumented),
      session('2026-01-10', 'Medsittning', undocumented),
      session('2026-02-08', 'Handledningssamtal'),
    );
    expect(texts(documentationFlags(sessions, TODAY, DEFAULT_SETTINGS))).toEqual(['2 samtal odokumenterade']);
  });

  it('every Handledningssamtal and Medsittning documented, today 2026-03-11 → no flag', () => {
    const sessions = sessionsOf(session('2026-02-01', 'Handledningssamtal'), session('2026-01-10', 'Medsittning'));
    expect(documentationFlags(sessions, TODAY, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('an undocumented Årligt avstämningssamtal 2026-02-01 is not counted → no flag', () => {
    const sessions = sessionsOf(session('2026-02-01', 'Årligt avstämningssamtal', undocumented));
    expect(documentationFlags(sessions, TODAY, DEFAULT_SETTINGS)).toEqual([]);
  });

  it("window's first day: undocumented on 2025-03-12 (today − 364) counted, on 2025-03-11 (today − 365) not → 1", () => {
    const sessions = sessionsOf(
      session('2025-03-11', 'Handledningssamtal', undocumented),
      session('2025-03-12', 'Handledningssamtal', undocumented),
    );
    expect(texts(documentationFlags(sessions, TODAY, DEFAULT_SETTINGS))).toEqual(['1 samtal odokumenterat']);
  });

  it('windowDays 30: undocumented Medsittning 2026-02-01 (38 days ago), today 2026-03-11 → no flag', () => {
    const settings = { ...DEFAULT_SETTINGS, windowDays: 30 };
    const sessions = sessionsOf(session('2026-02-01', 'Medsittning', undocumented));
    expect(documentationFlags(sessions, TODAY, settings)).toEqual([]);
  });
});
