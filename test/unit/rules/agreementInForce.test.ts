import {
  agreementFlags,
  agreementInForce,
  indexAgreementsByTrainee,
  isInForce,
  mainSupervisorId,
} from '../../../src/domain/rules/agreementInForce';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { agreement, texts, trainee } from './fixtures';

describe('§1 agreement in force and rule 3: agreement', () => {
  const yearLong = agreement({ validFrom: '2025-01-01', validTo: '2025-12-31' });

  it('valid 2025-01-01 to 2025-12-31: in force on 2025-01-01 and 2025-12-31, not on 2024-12-31 or 2026-01-01', () => {
    expect(isInForce(yearLong, '2025-01-01')).toBe(true);
    expect(isInForce(yearLong, '2025-12-31')).toBe(true);
    expect(isInForce(yearLong, '2024-12-31')).toBe(false);
    expect(isInForce(yearLong, '2026-01-01')).toBe(false);
  });

  it('valid from 2025-01-01 with no end: in force on 2040-06-01', () => {
    expect(isInForce(agreement({ validFrom: '2025-01-01', validTo: null }), '2040-06-01')).toBe(true);
  });

  it('unsigned agreement valid from 2025-01-01: not in force on 2026-03-11', () => {
    expect(isInForce(agreement({ validFrom: '2025-01-01', signed: null, status: 'Skapad' }), '2026-03-11')).toBe(false);
  });

  it('signed but Ersatt, valid from 2025-01-01: not in force on 2026-03-11', () => {
    expect(isInForce(agreement({ validFrom: '2025-01-01', status: 'Ersatt' }), '2026-03-11')).toBe(false);
  });

  it('signed with Status Skapad (not yet updated to Undertecknad): in force, only Ersatt excludes', () => {
    expect(isInForce(agreement({ validFrom: '2025-01-01', status: 'Skapad' }), '2026-03-11')).toBe(true);
  });

  it('agreements from 2024-01-01 and 2025-06-01 both in force on 2026-03-11 → the later Giltig från wins', () => {
    const older = agreement({ id: 'Ö-0001', row: 5, validFrom: '2024-01-01' });
    const newer = agreement({ id: 'Ö-0002', row: 3, validFrom: '2025-06-01' });
    expect(agreementInForce([newer, older], '2026-03-11')?.id).toBe('Ö-0002');
  });

  it('two agreements both from 2025-06-01 (rows 3 and 7) → the tie goes to the later row 7', () => {
    const row7 = agreement({ id: 'Ö-0007', row: 7, validFrom: '2025-06-01' });
    const row3 = agreement({ id: 'Ö-0003', row: 3, validFrom: '2025-06-01' });
    expect(agreementInForce([row7, row3], '2026-03-11')?.id).toBe('Ö-0007');
    expect(agreementInForce([row3, row7], '2026-03-11')?.id).toBe('Ö-0007');
  });

  it('the later agreement from 2025-06-01 is Ersatt → the one from 2024-01-01 is in force on 2026-03-11', () => {
    const older = agreement({ id: 'Ö-0001', validFrom: '2024-01-01' });
    const replaced = agreement({ id: 'Ö-0002', validFrom: '2025-06-01', status: 'Ersatt' });
    expect(agreementInForce([older, replaced], '2026-03-11')?.id).toBe('Ö-0001');
  });

  it('the later agreement from 2026-04-01 starts after today 2026-03-11 → the current one stays in force', () => {
    const current = agreement({ id: 'Ö-0001', validFrom: '2024-01-01' });
    const next = agreement({ id: 'Ö-0002', validFrom: '2026-04-01' });
    expect(agreementInForce([current, next], '2026-03-11')?.id).toBe('Ö-0001');
  });

  it('no agreements → none in force', () => {
    expect(agreementInForce([], '2026-03-11')).toBeNull();
  });

  it('agreements are grouped per trainee in row order', () => {
    const a1 = agreement({ id: 'Ö-0001', traineeId: 'ST-0001' });
    const b1 = agreement({ id: 'Ö-0002', traineeId: 'ST-0002' });
    const a2 = agreement({ id: 'Ö-0003', traineeId: 'ST-0001' });
    const index = indexAgreementsByTrainee([a1, b1, a2]);
    expect(index.get('ST-0001')?.map((a) => a.id)).toEqual(['Ö-0001', 'Ö-0003']);
    expect(index.get('ST-0002')?.map((a) => a.id)).toEqual(['Ö-0002']);
    expect(index.get('ST-0003')).toBeUndefined();
  });

  it('main supervisor: the agreement in force (HL-0002) wins over Huvudhandledare HL-0001', () => {
    const withCell = trainee({ mainSupervisorId: 'HL-0001' });
    expect(mainSupervisorId(withCell, agreement({ supervisorId: 'HL-0002' }))).toBe('HL-0002');
    expect(mainSupervisorId(withCell, null)).toBe('HL-0001');
    expect(mainSupervisorId(trainee({ mainSupervisorId: '' }), null)).toBe('');
  });

  describe('rule 3: Överenskommelse saknas', () => {
    const start = trainee({ stStart: '2025-01-31' });

    it('ST-start 2025-01-31, none in force, today 2025-02-28 (grace ends, clamped) → no flag', () => {
      expect(agreementFlags(start, null, '2025-02-28', DEFAULT_SETTINGS)).toEqual([]);
    });

    it('ST-start 2025-01-31, none in force, today 2025-03-01 → Överenskommelse saknas', () => {
      expect(texts(agreementFlags(start, null, '2025-03-01', DEFAULT_SETTINGS))).toEqual(['Överenskommelse saknas']);
    });

    it('ST-start 2025-01-31, one in force, today 2026-03-11 → no flag', () => {
      expect(agreementFlags(start, agreement(), '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
    });

    it('ST-start 2026-09-01 in the future, none in force, today 2026-03-11 → no flag', () => {
      expect(agreementFlags(trainee({ stStart: '2026-09-01' }), null, '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
    });

    it('agreementGraceMonths 0: ST-start 2025-01-31, today 2025-02-01 → Överenskommelse saknas', () => {
      const settings = { ...DEFAULT_SETTINGS, agreementGraceMonths: 0 };
      expect(texts(agreementFlags(start, null, '2025-02-01', settings))).toEqual(['Överenskommelse saknas']);
    });
  });
});
