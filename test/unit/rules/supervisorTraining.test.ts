import { supervisorFlags, untrainedSupervisorFlags } from '../../../src/domain/rules/supervisorTraining';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { supervisor, texts } from './fixtures';

describe('rule 7: supervisor training and meetings', () => {
  it('main supervisor without Handledarutbildning → the trainee gets Handledare saknar handledarutbildning', () => {
    expect(texts(untrainedSupervisorFlags(supervisor({ trainingDone: null })))).toEqual([
      'Handledare saknar handledarutbildning',
    ]);
  });

  it('main supervisor trained 2019-05-20 → no trainee flag', () => {
    expect(untrainedSupervisorFlags(supervisor())).toEqual([]);
  });

  it('no main supervisor at all → no trainee flag (nothing to blame)', () => {
    expect(untrainedSupervisorFlags(undefined)).toEqual([]);
  });

  it('untrained supervisor, main supervisor of 1 active trainee, met 2025-11-12, today 2026-03-11 → Saknar handledarutbildning', () => {
    expect(texts(supervisorFlags(supervisor({ trainingDone: null }), 1, '2026-03-11', DEFAULT_SETTINGS))).toEqual([
      'Saknar handledarutbildning',
    ]);
  });

  it('untrained supervisor with 0 active trainees → no training flag', () => {
    expect(supervisorFlags(supervisor({ trainingDone: null }), 0, '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('last meeting 2025-03-11, today 2026-03-11 (exactly 12 months) → no flag; today 2026-03-12 → Ingen handledarträff senaste året', () => {
    const met = supervisor({ lastMeeting: '2025-03-11' });
    expect(supervisorFlags(met, 1, '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
    expect(texts(supervisorFlags(met, 1, '2026-03-12', DEFAULT_SETTINGS))).toEqual(['Ingen handledarträff senaste året']);
  });

  it('no Senaste handledarträff, 0 active trainees → Ingen handledarträff senaste året', () => {
    expect(texts(supervisorFlags(supervisor({ lastMeeting: null }), 0, '2026-03-11', DEFAULT_SETTINGS))).toEqual([
      'Ingen handledarträff senaste året',
    ]);
  });

  it('leap day: last meeting 2024-02-29 → flagged from 2025-03-01, not on 2025-02-28', () => {
    const leap = supervisor({ lastMeeting: '2024-02-29' });
    expect(supervisorFlags(leap, 1, '2025-02-28', DEFAULT_SETTINGS)).toEqual([]);
    expect(supervisorFlags(leap, 1, '2025-03-01', DEFAULT_SETTINGS)).toHaveLength(1);
  });

  it('supervisorMeetingMonths 24: last meeting 2024-06-01, today 2026-03-11 → no flag', () => {
    const settings = { ...DEFAULT_SETTINGS, supervisorMeetingMonths: 24 };
    expect(supervisorFlags(supervisor({ lastMeeting: '2024-06-01' }), 1, '2026-03-11', settings)).toEqual([]);
  });

  it('untrained and never met, 2 active trainees → both flags', () => {
    const neither = supervisor({ trainingDone: null, lastMeeting: null });
    expect(texts(supervisorFlags(neither, 2, '2026-03-11', DEFAULT_SETTINGS))).toEqual([
      'Saknar handledarutbildning',
      'Ingen handledarträff senaste året',
    ]);
  });
});
