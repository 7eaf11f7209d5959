/**
 * Specification of reference resolution (src/domain/references.ts): a
 * reference cell holds an ID, or the exact name of a person whose name is
 * unique in the referenced sheet.
 */
import { buildPersonIndex, memoizedResolver, resolveReference, type Resolution } from '../../src/domain/references';
import { SHEET } from '../../src/domain/sheetContract';

const supervisors = buildPersonIndex('supervisor', SHEET.supervisors, [
  { id: 'HL-0001', name: 'Anna Berg' },
  { id: 'HL-0002', name: 'Anna Berg' },
  { id: 'HL-0003', name: 'Erik Lund' },
  { id: 'HL-0004', name: 'Maja Ek' },
  { id: 'hl-0004', name: 'Maja Ek (dubblett)' },
]);

function resolvedId(resolution: Resolution): string {
  if (!resolution.ok) throw new Error(resolution.message);
  return resolution.id;
}
function reason(resolution: Resolution): string {
  if (resolution.ok) throw new Error(`resolved to ${resolution.id}`);
  return resolution.message;
}

describe('by ID: exact, trimmed, case-insensitive', () => {
  test('"HL-0003" resolves to HL-0003', () => {
    expect(resolvedId(resolveReference(supervisors, 'HL-0003'))).toBe('HL-0003');
  });
  test('" hl-0003 " resolves to HL-0003 as written in Handledare', () => {
    expect(resolvedId(resolveReference(supervisors, ' hl-0003 '))).toBe('HL-0003');
  });
  test('an ID on two rows (HL-0004 and hl-0004) cannot be resolved', () => {
    expect(reason(resolveReference(supervisors, 'HL-0004'))).toBe(
      'ID ”HL-0004” finns på flera rader i Handledare – rätta dubbletten där först',
    );
  });
});

describe('by name: exact (trimmed) and unique', () => {
  test('"Erik Lund" resolves to HL-0003', () => {
    expect(resolvedId(resolveReference(supervisors, 'Erik Lund'))).toBe('HL-0003');
  });
  test('"  Erik Lund " is trimmed and resolves', () => {
    expect(resolvedId(resolveReference(supervisors, '  Erik Lund '))).toBe('HL-0003');
  });
  test('a name on two rows is ambiguous and the user is told to use the ID', () => {
    expect(reason(resolveReference(supervisors, 'Anna Berg'))).toBe(
      'Namnet ”Anna Berg” finns på flera rader i Handledare – ange ID i stället',
    );
  });
  test('a near match is not a match: "erik lund" and "Erik" are unknown', () => {
    expect(resolveReference(supervisors, 'erik lund').ok).toBe(false);
    expect(reason(resolveReference(supervisors, 'Erik'))).toBe('Okänd handledare ”Erik” – ange ID eller exakt namn');
  });
});

describe('unknown references', () => {
  test('"Anna B" is unknown', () => {
    expect(reason(resolveReference(supervisors, 'Anna B'))).toBe('Okänd handledare ”Anna B” – ange ID eller exakt namn');
  });
  test('an unknown trainee says ST-läkare', () => {
    const trainees = buildPersonIndex('trainee', SHEET.trainees, [{ id: 'ST-0001', name: 'Sara Nyström' }]);
    expect(reason(resolveReference(trainees, 'ST-0009'))).toBe('Okänd ST-läkare ”ST-0009” – ange ID eller exakt namn');
  });
  test('a long unknown text is cut in the message', () => {
    const message = reason(resolveReference(supervisors, 'y'.repeat(300)));
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('…”');
  });
});

describe('an ID wins over a name', () => {
  test('a person named "HL-0003" does not hide the row whose ID is HL-0003', () => {
    const index = buildPersonIndex('supervisor', SHEET.supervisors, [
      { id: 'HL-0003', name: 'Erik Lund' },
      { id: 'HL-0009', name: 'HL-0003' },
    ]);
    expect(resolvedId(resolveReference(index, 'HL-0003'))).toBe('HL-0003');
  });
});

describe('memoized resolver', () => {
  test('gives the same answers as resolveReference, repeated texts included', () => {
    const resolve = memoizedResolver(supervisors);
    for (const text of ['HL-0003', 'Anna Berg', 'Anna B', 'HL-0003', 'Erik Lund', 'Anna B']) {
      expect(resolve(text)).toEqual(resolveReference(supervisors, text));
    }
  });
  test('scales: 5,000 people indexed, 200,000 lookups well under a second', () => {
    const people = Array.from({ length: 5000 }, (_, i) => ({ id: `ST-${String(i + 1).padStart(4, '0')}`, name: `Person ${i + 1}` }));
    const resolve = memoizedResolver(buildPersonIndex('trainee', SHEET.trainees, people));
    const start = performance.now();
    let resolved = 0;
    for (let i = 0; i < 200_000; i++) if (resolve(i % 2 ? people[i % 5000].id : people[i % 5000].name).ok) resolved++;
    expect(resolved).toBe(200_000);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
