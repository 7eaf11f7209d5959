/**
 * Issue #9.6: the sidebar at regional and national size. The first load
 * carries counts, Översikt's numbers and the most urgent flagged trainees,
 * capped; the pickers and lists search and page on the server as the user
 * types. Each search validates its argument (zod), reads only the sheets it
 * needs, once each, and writes nothing. Today is 2026-11-23.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { syntheticWorkbook } from '../../dev/syntheticWorkbook';
import { SHEET } from '../../src/domain/sheetContract';
import type { AgreementSummaryDto, PageDto, PersonOptionDto, Result, SidebarData, TraineeCardDto, TraineeDetailsDto } from '../../src/shared/api';
import { SEARCH_INPUT } from '../../src/shared/messages';
import { ATTENTION_LIMIT, SEARCH_LIMITS } from '../../src/shared/search';
import { coreSheets, NOW, TODAY } from './coreWorkbook';

/** The core workbook with four more trainees whose names sort by the Swedish alphabet. */
function swedishWorkbook(): LoadedBundle {
  const sheets = coreSheets();
  const row = (id: string, name: string, unit: string) => [id, name, '', '', unit, '2025-01-10', '', 100, '', '', '', 'Aktiv', '', ''];
  sheets[SHEET.trainees].push(
    row('ST-0010', 'Åsa Ek', 'VC Älvsjö'),
    row('ST-0011', 'Östen Ek', 'VC Söder'),
    row('ST-0012', 'Ärla Ek', 'VC Söder'),
    row('ST-0013', 'Zackarias Ek', 'VC Söder'),
  );
  return loadBundle({ workbook: { sheets }, now: NOW });
}

function synthetic(trainees: number, sessionsPerTrainee = 4): LoadedBundle {
  return loadBundle({ workbook: { sheets: syntheticWorkbook({ trainees, sessionsPerTrainee, today: TODAY }) }, now: NOW });
}

function page<T>(bundle: LoadedBundle, name: string, input: unknown): PageDto<T> {
  const result = bundle.callFromClient<Result<{ page: PageDto<T> }>>(name, input);
  if (!result.ok) throw new Error(result.message);
  return result.page;
}

const names = (p: PageDto<PersonOptionDto>) => p.items.map((t) => t.name);

function firstLoad(bundle: LoadedBundle): SidebarData {
  const result = bundle.callFromClient<Result<{ data: SidebarData }>>('getSidebarData');
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe('searchTrainees: by name, ID or unit, in Swedish alphabetical order', () => {
  const bundle = swedishWorkbook();
  const search = (query: string) => page<PersonOptionDto>(bundle, 'searchTrainees', { query });

  test('"ek" finds the five Ek, Z before Å, Ä, Ö', () => {
    expect(names(search('ek'))).toEqual(['Anna Ek', 'Zackarias Ek', 'Åsa Ek', 'Ärla Ek', 'Östen Ek']);
  });

  test('case does not matter, Swedish letters included: "ÅSA", "åsa" and "Åsa" find Åsa Ek', () => {
    for (const query of ['ÅSA', 'åsa', 'Åsa']) expect(names(search(query))).toEqual(['Åsa Ek']);
  });

  test('an Ö typed as O + combining diaeresis is the same Ö; a plain O is another letter', () => {
    expect(names(search('O\u0308st'))).toEqual(['Cecilia Holm', 'Östen Ek']);
    expect(names(search('öst'))).toEqual(['Cecilia Holm', 'Östen Ek']);
    expect(search('ost').items).toEqual([]);
  });

  test('by unit ("älvsjö"), by ID ("st-0003") and by words in any order ("norr anna")', () => {
    expect(names(search('älvsjö'))).toEqual(['Åsa Ek']);
    expect(search('st-0003').items).toEqual([{ id: 'ST-0003', name: 'Cecilia Holm', unit: 'VC Öst', status: 'Vilande' }]);
    expect(names(search('norr anna'))).toEqual(['Anna Ek']);
  });

  test('a row ST-koll has not numbered yet is left out until the first load writes its ID', () => {
    expect(names(search('eva'))).toEqual([]);
    firstLoad(bundle);
    // After the highest typed ID, ST-0013.
    expect(search('eva').items).toEqual([{ id: 'ST-0014', name: 'Eva Sjö', unit: 'VC Norr', status: 'Aktiv' }]);
  });
});

describe('searchSupervisors', () => {
  test('"berg" finds Karin Berg with her unit; a supervisor has no status', () => {
    const found = page<PersonOptionDto>(swedishWorkbook(), 'searchSupervisors', { query: 'berg' });
    expect(found).toEqual({ items: [{ id: 'HL-0001', name: 'Karin Berg', unit: 'VC Syd', status: '' }], total: 1, nextOffset: null });
  });
});

describe('paging: 45 trainees, 20 at a time', () => {
  const bundle = synthetic(45);

  test('three pages of 20, 20 and 5 hold every trainee once, in the order of one long list', () => {
    const first = page<PersonOptionDto>(bundle, 'searchTrainees', { query: '' });
    const second = page<PersonOptionDto>(bundle, 'searchTrainees', { query: '', offset: 20 });
    const third = page<PersonOptionDto>(bundle, 'searchTrainees', { query: '', offset: 40 });
    expect([first.nextOffset, second.nextOffset, third.nextOffset]).toEqual([20, 40, null]);
    expect([first.items.length, second.items.length, third.items.length]).toEqual([20, 20, 5]);
    const all = page<PersonOptionDto>(bundle, 'searchTrainees', { query: '', limit: SEARCH_LIMITS.maxPageSize });
    expect([...first.items, ...second.items, ...third.items]).toEqual(all.items);
    expect(new Set(all.items.map((t) => t.id)).size).toBe(45);
  });

  test('a page past the end is empty, not an error', () => {
    expect(page(bundle, 'searchTrainees', { query: '', offset: 1000 })).toEqual({ items: [], total: 45, nextOffset: null });
  });
});

describe('each search reads only what it needs, once, and writes nothing', () => {
  test.each([
    ['searchTrainees', { query: 'ek' }, 1],
    ['searchSupervisors', { query: 'berg' }, 1],
    ['searchAgreements', { query: 'anna' }, 3],
    ['getTraineeDetails', { traineeId: 'ST-0001' }, 3],
    ['listAttention', { query: 'datafel' }, 4],
  ])('%s: %i sheet reads, no write, no lock', (name, input, reads) => {
    const bundle = swedishWorkbook();
    bundle.env.calls.reset();
    const result = bundle.callFromClient<Result<object>>(name, input);
    expect(result.ok).toBe(true);
    const calls = bundle.env.calls.byMethod();
    expect(calls['Sheet.getSheetValues']).toBe(reads);
    expect(Object.keys(calls).filter((m) => /set|insert|delete|clear|Lock/i.test(m))).toEqual([]);
  });
});

describe('hostile arguments are refused with a Swedish message, before anything is read', () => {
  test.each([
    ['a query of 101 characters', { query: 'x'.repeat(SEARCH_LIMITS.queryLength + 1) }, SEARCH_INPUT.query],
    ['a page of 51', { query: '', limit: SEARCH_LIMITS.maxPageSize + 1 }, SEARCH_INPUT.page],
    ['a page of 0', { query: '', limit: 0 }, SEARCH_INPUT.page],
    ['a negative offset', { query: '', offset: -1 }, SEARCH_INPUT.page],
    ['an offset of 1.5', { query: '', offset: 1.5 }, SEARCH_INPUT.page],
    ['an offset past any workbook', { query: '', offset: SEARCH_LIMITS.maxOffset + 1 }, SEARCH_INPUT.page],
    ['a query that is a number', { query: 42 }, SEARCH_INPUT.shape],
    ['a key the client never sends', { query: '', sheet: 'Handledare' }, SEARCH_INPUT.shape],
    ['a poisoned __proto__', JSON.parse('{"__proto__": {"limit": 10000}, "query": ""}'), SEARCH_INPUT.shape],
    ['a string instead of an object', 'ek', SEARCH_INPUT.shape],
    ['an array', ['ek'], SEARCH_INPUT.shape],
    ['null', null, SEARCH_INPUT.shape],
  ])('%s', (_name, input, message) => {
    const bundle = swedishWorkbook();
    for (const name of ['searchTrainees', 'searchSupervisors', 'searchAgreements', 'listAttention']) {
      bundle.env.calls.reset();
      expect(bundle.callFromClient(name, input)).toEqual({ ok: false, message });
      expect(bundle.env.calls.total()).toBe(0);
    }
  });

  test.each([
    ['an empty ID', { traineeId: '' }, SEARCH_INPUT.trainee],
    ['an ID of 61 characters', { traineeId: 'S'.repeat(61) }, SEARCH_INPUT.trainee],
    ['a number', { traineeId: 7 }, SEARCH_INPUT.trainee],
    ['a bare string', 'ST-0001', SEARCH_INPUT.shape],
    ['an extra key', { traineeId: 'ST-0001', row: 2 }, SEARCH_INPUT.shape],
  ])('getTraineeDetails refuses %s', (_name, input, message) => {
    const bundle = swedishWorkbook();
    bundle.env.calls.reset();
    expect(bundle.callFromClient('getTraineeDetails', input)).toEqual({ ok: false, message });
    expect(bundle.env.calls.total()).toBe(0);
  });

  test('getTraineeDetails of an ID the sheet does not hold (ST-9999, or ST-0014 that Eva Sjö gets once numbered) says so', () => {
    const bundle = swedishWorkbook();
    for (const traineeId of ['ST-9999', 'ST-0014']) {
      expect(bundle.callFromClient('getTraineeDetails', { traineeId })).toEqual({ ok: false, message: SEARCH_INPUT.unknownTrainee });
    }
  });
});

describe('searchAgreements: by the agreement, its trainee, supervisor or status; in sheet order', () => {
  const bundle = swedishWorkbook();
  const ids = (query: string) => page<AgreementSummaryDto>(bundle, 'searchAgreements', { query }).items.map((a) => a.id);

  test.each([
    ['anna', ['Ö-0001']],
    ['ST-0003', ['Ö-0002']],
    ['lars STRÖM', ['Ö-0001']],
    ['okänd', ['Ö-0002']],
    ['undertecknad', ['Ö-0001']],
    ['ö-000', ['Ö-0001', 'Ö-0002']],
    ['', ['Ö-0001', 'Ö-0002']],
    ['berg', []],
  ])('"%s" → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('the flagged trainees: the first load holds the most urgent 50, listAttention pages on', () => {
  const bundle = synthetic(130);
  const data = firstLoad(bundle);

  test(`the first load lists ${ATTENTION_LIMIT} of them and says how many there are in all`, () => {
    expect(data.attention.items).toHaveLength(ATTENTION_LIMIT);
    expect(data.attention.total).toBeGreaterThan(ATTENTION_LIMIT);
    expect(data.attention.nextOffset).toBe(ATTENTION_LIMIT);
  });

  test('listAttention continues where the first load stopped, most urgent first, each trainee once', () => {
    const all: TraineeCardDto[] = [...data.attention.items];
    let offset: number | null = ATTENTION_LIMIT;
    while (offset !== null) {
      const next: PageDto<TraineeCardDto> = page(bundle, 'listAttention', { query: '', offset, limit: SEARCH_LIMITS.maxPageSize });
      all.push(...next.items);
      offset = next.nextOffset;
    }
    expect(all).toHaveLength(data.attention.total);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    const rank = (t: TraineeCardDto) => (t.annualStatus === 'Försenad' ? 0 : t.annualStatus === 'Snart' ? 1 : 2);
    expect(all.map(rank)).toEqual([...all.map(rank)].sort());
    expect(all.every((t) => t.flags.length > 0)).toBe(true);
  });

  test('a filter searches all of them, not only the first page: "försenad" finds every overdue one', () => {
    const overdue = page<TraineeCardDto>(bundle, 'listAttention', { query: 'försenad', limit: SEARCH_LIMITS.maxPageSize });
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((t) => t.flags.some((f) => /försenad/i.test(f)) || t.annualStatus === 'Försenad')).toBe(true);
  });
});

describe('the first load stays small', () => {
  test('500 trainees: at most 100 KB of JSON (UTF-8), whatever the number flagged', () => {
    const data = firstLoad(synthetic(500, 10));
    const bytes = Buffer.byteLength(JSON.stringify({ ok: true, data }), 'utf8');
    expect(data.attention.total).toBeGreaterThan(ATTENTION_LIMIT);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });
});

describe('getTraineeDetails', () => {
  test('Anna Ek: the supervisor of the agreement in force and her application facts', () => {
    const result = swedishWorkbook().callFromClient<Result<{ trainee: TraineeDetailsDto }>>('getTraineeDetails', { traineeId: ' ST-0001 ' });
    if (!result.ok) throw new Error(result.message);
    expect(result.trainee).toMatchObject({
      id: 'ST-0001',
      name: 'Anna Ek',
      mainSupervisor: { id: 'HL-0002', name: 'Lars Ström' },
      application: { estimatedEnd: '2029-07-15', agreementSigned: '2024-02-05' },
    });
  });
});
