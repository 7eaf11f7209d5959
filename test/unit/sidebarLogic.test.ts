/** The sidebar's DOM-free logic: form checks, link policy, overview order and search, contract values. */
import { AGREEMENT_STATE, ANNUAL, TRAINEE_STATE } from '../../src/domain/sheetContract';
import { attentionOrder } from '../../src/app/sidebarData';
import type { TraineeCardDto } from '../../src/shared/api';
import { cardTexts, matchesWords, pageOf, queryWords } from '../../src/shared/search';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { checkSessionForm, defaultMinutesFor, type SessionFormValues } from '../../sidebar/sessionInput';
import { isSafeDocumentUrl } from '../../sidebar/urlPolicy';

describe('SIDEBAR_TEXT.contract mirrors the sheet contract', () => {
  const C = SIDEBAR_TEXT.contract;
  it('annual statuses, value by value', () => {
    expect(C.annualOverdue).toBe(ANNUAL.overdue);
    expect(C.annualSoon).toBe(ANNUAL.soon);
    expect(C.annualOk).toBe(ANNUAL.ok);
  });
  it('trainee and agreement statuses, value by value', () => {
    expect(C.activeStatus).toBe(TRAINEE_STATE.active);
    expect(C.agreementCreated).toBe(AGREEMENT_STATE.created);
    expect(C.agreementSigned).toBe(AGREEMENT_STATE.signed);
    expect(C.agreementReplaced).toBe(AGREEMENT_STATE.replaced);
  });
});

describe('checkSessionForm', () => {
  const today = '2026-03-10';
  const valid: SessionFormValues = {
    date: '2026-03-10',
    traineeId: 'ST-0001',
    supervisorId: '',
    type: 'Handledningssamtal',
    minutes: '60',
    documented: true,
    note: '  Genomgång av IUP  ',
  };

  it('accepts a complete form and trims the note', () => {
    expect(checkSessionForm(valid, today)).toEqual({
      ok: true,
      input: { ...valid, minutes: 60, note: 'Genomgång av IUP' },
    });
  });
  it('treats a blank length as null', () => {
    const result = checkSessionForm({ ...valid, minutes: ' ' }, today);
    expect(result.ok && result.input.minutes).toBeNull();
  });
  it('rejects a date after today', () => {
    const result = checkSessionForm({ ...valid, date: '2026-03-11' }, today);
    expect(result).toEqual({ ok: false, errors: { date: SIDEBAR_TEXT.logSession.errors.dateInFuture(today) } });
  });
  it('rejects impossible dates and other formats', () => {
    for (const date of ['2026-02-30', '10/03/2026', '2026-3-1']) {
      const result = checkSessionForm({ ...valid, date }, today);
      expect(result.ok).toBe(false);
    }
  });
  it('requires date, trainee and type; checks the length', () => {
    const result = checkSessionForm({ ...valid, date: '', traineeId: '', type: '', minutes: '-5' }, today);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['date', 'minutes', 'traineeId', 'type']);
  });
  it('refuses a name typed in a picker and not chosen from its list, rather than guess who was meant', () => {
    const E = SIDEBAR_TEXT.logSession.errors;
    const result = checkSessionForm({ ...valid, traineeId: '', traineePending: true, supervisorPending: true }, today);
    expect(result).toEqual({ ok: false, errors: { traineeId: E.traineeNotChosen, supervisorId: E.supervisorNotChosen } });
  });
  it('rejects fractional minutes', () => {
    expect(checkSessionForm({ ...valid, minutes: '12.5' }, today).ok).toBe(false);
  });
  it('knows leap years', () => {
    expect(checkSessionForm({ ...valid, date: '2028-02-29' }, '2028-03-01').ok).toBe(true);
    expect(checkSessionForm({ ...valid, date: '2027-02-29' }, '2028-03-01')).toEqual({
      ok: false,
      errors: { date: SIDEBAR_TEXT.logSession.errors.dateInvalid },
    });
  });
  it('defaults 60 minutes for Handledningssamtal only', () => {
    expect(defaultMinutesFor('Handledningssamtal')).toBe('60');
    expect(defaultMinutesFor('Medsittning')).toBe('');
  });
});

describe('isSafeDocumentUrl', () => {
  const sheetsPage = { protocol: 'https:', hostname: 'n-abc-script.googleusercontent.com', origin: 'https://n-abc-script.googleusercontent.com' };
  const previewPage = { protocol: 'http:', hostname: '127.0.0.1', origin: 'http://127.0.0.1:8765' };

  it.each([
    'https://docs.google.com/document/d/abc123/edit',
    'https://drive.google.com/file/d/abc123/view',
  ])('links %s', (url) => {
    expect(isSafeDocumentUrl(url, sheetsPage)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://docs.google.com/document/d/abc',
    'https://docs.google.com.evil.example/document',
    'https://evil.example/?https://docs.google.com/',
    'https://user:pw@docs.google.com/document',
    'https://docs.google.com:8443/document',
    ' https://docs.google.com/document/d/x',
    'https://docs.google.com\\@evil.example/',
    '//docs.google.com/document',
    '',
  ])('does not link %s', (url) => {
    expect(isSafeDocumentUrl(url, sheetsPage)).toBe(false);
  });

  it('links the preview output only on the preview origin', () => {
    const url = 'http://127.0.0.1:8765/out/avtal.html';
    expect(isSafeDocumentUrl(url, previewPage)).toBe(true);
    expect(isSafeDocumentUrl(url, sheetsPage)).toBe(false);
    expect(isSafeDocumentUrl('http://127.0.0.1:9999/out/avtal.html', previewPage)).toBe(false);
    expect(isSafeDocumentUrl('http://127.0.0.1:8765/api/run/x', previewPage)).toBe(false);
  });
});

describe('overview order and filter', () => {
  const trainee = (name: string, annualStatus: string, nextAnnualDue: string | null, flags: string[] = ['x']): TraineeCardDto => ({
    id: name,
    name,
    status: 'Aktiv',
    annualStatus,
    nextAnnualDue,
    flags,
  });

  it('puts overdue first, then soon, then by due date and name', () => {
    const sorted = attentionOrder([
      trainee('Cecilia', 'OK', '2026-09-01'),
      trainee('Bertil', 'Snart', '2026-04-01'),
      trainee('Adam', 'Försenad', '2026-01-05'),
      trainee('Åsa', 'Försenad', '2025-12-01'),
      trainee('Disa', '–', null),
    ]);
    expect(sorted.map((t) => t.name)).toEqual(['Åsa', 'Adam', 'Bertil', 'Cecilia', 'Disa']);
  });

  it('matches every word against name and flags, ignoring case', () => {
    const t = trainee('Greta Fiktiv', 'Försenad', null, ['IUP saknas', 'Handledning glest']);
    const matches = (query: string) => matchesWords(cardTexts(t), queryWords(query));
    expect(matches('greta iup')).toBe(true);
    expect(matches('FÖRSENAD')).toBe(true);
    expect(matches('greta medsittningar')).toBe(false);
    expect(matches('   ')).toBe(true);
  });
});

describe('search words (src/shared/search.ts, the server and the overview alike)', () => {
  it('Å, Ä and Ö match in either case and in either Unicode form, and stay letters of their own', () => {
    const words = (query: string) => matchesWords(['Åsa Öberg', 'VC Älvsjö'], queryWords(query));
    expect(words('åsa ÖBERG')).toBe(true);
    expect(words('A\u030Asa')).toBe(true); // Å typed as A + combining ring
    expect(words('älvsjö')).toBe(true);
    expect(words('asa')).toBe(false);
  });

  it('pages: 7 items by 3 give 3, 3 and 1, then no next page', () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    expect(pageOf(items, 0, 3)).toEqual({ items: [1, 2, 3], total: 7, nextOffset: 3 });
    expect(pageOf(items, 6, 3)).toEqual({ items: [7], total: 7, nextOffset: null });
    expect(pageOf(items, 9, 3)).toEqual({ items: [], total: 7, nextOffset: null });
  });
});
