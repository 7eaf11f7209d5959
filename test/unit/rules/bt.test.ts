/** Rule 12 of PRODUCT.md §6: BT-intyg saknas, under HSLF-FS 2021:8 only. */
import { btFlags } from '../../../src/domain/rules/bt';
import { regulationFor } from '../../../src/domain/rules/regulation';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { texts, trainee } from './fixtures';

const started = trainee({ stStart: '2022-01-15', regulation: 'HSLF-FS 2021:8', btApproved: null });

describe('rule 12: BT', () => {
  it('2021:8, BT godkänd blank, on 2024-01-16 (ST-start + 24 months + 1 day) → BT-intyg saknas', () => {
    expect(texts(btFlags(started, '2024-01-16', DEFAULT_SETTINGS))).toEqual(['BT-intyg saknas']);
  });
  it('on 2024-01-15, exactly 24 months, not yet', () => {
    expect(btFlags(started, '2024-01-15', DEFAULT_SETTINGS)).toEqual([]);
  });
  it('BT godkänd set → nothing', () => {
    expect(btFlags({ ...started, btApproved: '2023-02-01' }, '2026-01-01', DEFAULT_SETTINGS)).toEqual([]);
  });
  it('SOSFS 2015:8 has no BT → nothing', () => {
    expect(btFlags({ ...started, regulation: 'SOSFS 2015:8' }, '2026-01-01', DEFAULT_SETTINGS)).toEqual([]);
  });
  it('the deadline is a setting: 30 months → quiet on 2024-01-16', () => {
    expect(btFlags(started, '2024-01-16', { btDeadlineMonths: 30 })).toEqual([]);
  });
});

describe('§6: the regulation a trainee follows', () => {
  it('blank: ST-start 2021-07-01 or later → HSLF-FS 2021:8; 2021-06-30 → SOSFS 2015:8', () => {
    expect(regulationFor('2021-07-01', null)).toBe('HSLF-FS 2021:8');
    expect(regulationFor('2021-06-30', null)).toBe('SOSFS 2015:8');
  });
  it('typed wins (a later start after Swedish AT may follow 2015:8)', () => {
    expect(regulationFor('2022-09-01', 'SOSFS 2015:8')).toBe('SOSFS 2015:8');
  });
});
