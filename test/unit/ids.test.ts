/** Specification of row IDs (src/domain/ids.ts): ST-0001, HL-0001, Ö-0001. */
import * as fc from 'fast-check';
import { duplicateIds, formatId, idAllocator, idKey, idNumber } from '../../src/domain/ids';
import { ID_PREFIX } from '../../src/domain/sheetContract';

describe('ID format: prefix, dash, at least four digits', () => {
  test('ST 1 is ST-0001, HL 42 is HL-0042, Ö 7 is Ö-0007', () => {
    expect(formatId(ID_PREFIX.trainees, 1)).toBe('ST-0001');
    expect(formatId(ID_PREFIX.supervisors, 42)).toBe('HL-0042');
    expect(formatId(ID_PREFIX.agreements, 7)).toBe('Ö-0007');
  });
  test('more digits when needed: ST 12345 is ST-12345', () => {
    expect(formatId('ST', 12345)).toBe('ST-12345');
  });
});

describe('reading the number of an ID', () => {
  test('ST-0042 is 42, st-0042 too (case-insensitive), " ST-7 " is 7', () => {
    expect(idNumber('ST-0042', 'ST')).toBe(42);
    expect(idNumber('st-0042', 'ST')).toBe(42);
    expect(idNumber(' ST-7 ', 'ST')).toBe(7);
  });
  test('ö-0003 counts for the prefix Ö', () => {
    expect(idNumber('ö-0003', 'Ö')).toBe(3);
  });
  test('other text has no number: HL-0001 for ST, ST-12a, ST-, Anna', () => {
    expect(idNumber('HL-0001', 'ST')).toBeNull();
    expect(idNumber('ST-12a', 'ST')).toBeNull();
    expect(idNumber('ST-', 'ST')).toBeNull();
    expect(idNumber('Anna', 'ST')).toBeNull();
  });
});

describe('next ID = 1 + highest number of that prefix in the sheet', () => {
  test('after ST-0001, ST-0007 and ST-0003 the next IDs are ST-0008, ST-0009', () => {
    const next = idAllocator('ST', ['ST-0001', 'ST-0007', 'ST-0003']);
    expect(next()).toBe('ST-0008');
    expect(next()).toBe('ST-0009');
  });
  test('an empty sheet starts at ST-0001', () => {
    expect(idAllocator('ST', [])()).toBe('ST-0001');
  });
  test('a gap is not filled: after ST-0001 and ST-0010 comes ST-0011', () => {
    expect(idAllocator('ST', ['ST-0001', 'ST-0010'])()).toBe('ST-0011');
  });
  test('IDs of another form do not count: HL-0050, "Anna", "" next to ST-0002 give ST-0003', () => {
    expect(idAllocator('ST', ['HL-0050', 'Anna', '', 'ST-0002'])()).toBe('ST-0003');
  });
  test('after ST-9999 comes ST-10000', () => {
    expect(idAllocator('ST', ['ST-9999'])()).toBe('ST-10000');
  });
  test('Ö-IDs: after ö-0004 comes Ö-0005', () => {
    expect(idAllocator('Ö', ['ö-0004'])()).toBe('Ö-0005');
  });
});

describe('duplicate IDs', () => {
  test('ST-0003 on rows 2 and 7: each row names the other', () => {
    const duplicates = duplicateIds([
      { row: 2, id: 'ST-0003' },
      { row: 5, id: 'ST-0004' },
      { row: 7, id: 'ST-0003' },
    ]);
    expect(duplicates.get(2)).toEqual([7]);
    expect(duplicates.get(7)).toEqual([2]);
    expect(duplicates.has(5)).toBe(false);
  });
  test('IDs differing only in case or spaces are duplicates: "st-0003 " and "ST-0003"', () => {
    const duplicates = duplicateIds([
      { row: 2, id: 'st-0003 ' },
      { row: 3, id: 'ST-0003' },
    ]);
    expect(duplicates.get(2)).toEqual([3]);
  });
  test('three rows with one ID each name the two others', () => {
    const duplicates = duplicateIds([
      { row: 2, id: 'HL-0001' },
      { row: 4, id: 'HL-0001' },
      { row: 9, id: 'HL-0001' },
    ]);
    expect(duplicates.get(4)).toEqual([2, 9]);
  });
  test('blank IDs are not duplicates of each other', () => {
    expect(duplicateIds([{ row: 2, id: '' }, { row: 3, id: '' }]).size).toBe(0);
  });
  test('idKey compares trimmed and case-insensitively', () => {
    expect(idKey(' Ö-0001 ')).toBe(idKey('ö-0001'));
  });
  test('property: each row with a repeated ID names exactly the other rows with it, in row order', () => {
    const id = fc.constantFrom('ST-0001', 'st-0001 ', 'ST-0002', 'HL-0001', '', ' ');
    const rows = fc.array(id, { maxLength: 12 }).map((ids) => ids.map((value, i) => ({ row: i + 2, id: value })));
    fc.assert(
      fc.property(rows, (list) => {
        const duplicates = duplicateIds(list);
        for (const { row, id: value } of list) {
          const others = idKey(value) === '' ? [] : list.filter((o) => o.row !== row && idKey(o.id) === idKey(value)).map((o) => o.row);
          expect(duplicates.get(row)).toEqual(others.length ? others : undefined);
        }
        expect(duplicates.size).toBe(list.filter(({ row }) => duplicates.has(row)).length);
      }),
    );
  });
});
