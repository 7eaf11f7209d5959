import {
  AGREEMENT_TAGS,
  GROUND_RULE_QUESTIONS,
  ROLE,
  agreementDocumentName,
  agreementForTrainee,
  buildAgreementContent,
  buildAgreementFacts,
  contentTexts,
  escapeRegexPattern,
  findTags,
  frequencyWording,
  neutraliseFormula,
  nextVersion,
  parseTemplateRef,
  planTagReplacements,
  sitInsPhrase,
  sitInTimesPhrase,
  type AgreementContent,
  type Block,
} from '../../src/domain/agreement';
import type { Agreement, Supervisor, Trainee } from '../../src/domain/model';
import { BUILT_IN_TEMPLATES, FREQUENCY, type BuiltInTemplateId, type Frequency } from '../../src/domain/sheetContract';

const trainee: Trainee = {
  row: 2,
  id: 'ST-0001',
  name: 'Anna Andersson',
  email: 'anna@example.se',
  specialty: 'Allmänmedicin',
  unit: 'Vårdcentralen Norra',
  stStart: '2025-01-15',
  plannedEnd: '2030-01-15',
  serviceLevel: 100,
  mainSupervisorId: 'HL-0001',
  studyDirector: 'Stina Studie',
  head: 'Viktor Verksam',
  status: 'Aktiv',
  iupDone: null,
  note: '',
  typedPlannedEnd: null,
  estimate: { fullTimeEnd: '2030-07-15', end: '2030-01-15', partTimeDays: 0, leaveDays: 0 },
  regulation: 'HSLF-FS 2021:8',
  btApproved: null,
};
const supervisor: Supervisor = {
  row: 2,
  id: 'HL-0001',
  name: 'Hans Handledare',
  email: 'hans@example.se',
  specialty: 'Allmänmedicin',
  unit: 'Vårdcentralen Norra',
  trainingDone: '2020-01-01',
  lastMeeting: '2025-01-01',
  note: '',
};
const agreement: Agreement = {
  row: 2,
  id: 'Ö-0001',
  traineeId: 'ST-0001',
  supervisorId: 'HL-0001',
  template: 'st-kontrakt',
  frequency: 'Varje vecka',
  sitInsPerYear: 6,
  validFrom: '2025-02-01',
  validTo: null,
  signed: null,
  status: 'Utkast',
  document: '',
};

function contentFor(
  templateId: BuiltInTemplateId,
  overrides: { frequency?: Frequency; sitInsPerYear?: number; trainee?: Partial<Trainee>; supervisor?: Partial<Supervisor> } = {},
): AgreementContent {
  const facts = buildAgreementFacts({
    agreement: { ...agreement, frequency: overrides.frequency ?? agreement.frequency, sitInsPerYear: overrides.sitInsPerYear ?? 6 },
    trainee: { ...trainee, ...overrides.trainee },
    supervisor: { ...supervisor, ...overrides.supervisor },
    today: '2025-03-01',
  });
  return buildAgreementContent(templateId, facts);
}

const allText = (content: AgreementContent) => contentTexts(content).join('\n');
const headings = (content: AgreementContent) =>
  content.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.text);
const signatureBlock = (content: AgreementContent) =>
  content.blocks.find((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures');

const EXPECTED_GROUPS: Record<BuiltInTemplateId, string[]> = {
  allmanmedicin: ['Handledarens åtaganden', 'ST-läkarens åtaganden', 'Gemensamt'],
  'ny-st': ['Gemensamma åtaganden', 'Handledarens åtaganden', 'ST-läkarens åtaganden'],
  'st-kontrakt': ['ST-läkarens ansvar', 'Huvudhandledarens ansvar', 'Verksamhetschefens ansvar', 'Studierektorns ansvar'],
};

describe.each(BUILT_IN_TEMPLATES)('built-in template %s', (templateId) => {
  const fourParties = templateId === 'st-kontrakt';

  it('names every party, in the facts table and with one signature cell each', () => {
    const content = contentFor(templateId);
    const expectedRoles = fourParties
      ? [ROLE.trainee, ROLE.supervisor, ROLE.head, ROLE.studyDirector]
      : [ROLE.trainee, ROLE.supervisor];
    expect(content.parties.map((p) => p.role)).toEqual(expectedRoles);
    const signatures = signatureBlock(content)!;
    expect(signatures.parties.map((p) => p.role)).toEqual(expectedRoles);
    expect(signatures.placeLabel).toBe('Ort');
    expect(signatures.dateLabel).toBe('Datum');
    const text = allText(content);
    for (const name of ['Anna Andersson', 'Hans Handledare']) expect(text).toContain(name);
    for (const name of ['Viktor Verksam', 'Stina Studie']) {
      if (fourParties) expect(text).toContain(name);
      else expect(text).not.toContain(name);
    }
    expect(text).toContain('Vårdcentralen Norra');
    expect(text).toContain('2025-02-01');
  });

  it('carries every commitment group with commitments under it', () => {
    const content = contentFor(templateId);
    for (const group of EXPECTED_GROUPS[templateId]) {
      const at = content.blocks.findIndex((b) => b.kind === 'heading' && b.text === group);
      expect(at).toBeGreaterThan(-1);
      const next = content.blocks[at + 1];
      expect(next.kind).toBe('bullets');
      expect((next as Extract<Block, { kind: 'bullets' }>).items.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(FREQUENCY)('words supervision from the row: %s', (frequency) => {
    const text = allText(contentFor(templateId, { frequency }));
    expect(text).toContain(frequencyWording(frequency));
    for (const other of FREQUENCY.filter((f) => f !== frequency)) expect(text).not.toContain(frequencyWording(other));
  });

  it('prints the row’s number of sit-ins', () => {
    // st-kontrakt counts sit-ins; the two-party templates say how often the supervisor sits in.
    const phrase = fourParties ? sitInsPhrase : (n: number) => `Sitta med hos ST-läkaren ${sitInTimesPhrase(n)}`;
    expect(allText(contentFor(templateId, { sitInsPerYear: 9 }))).toContain(phrase(9));
    expect(allText(contentFor(templateId, { sitInsPerYear: 9 }))).not.toContain(phrase(6));
    expect(allText(contentFor(templateId, { sitInsPerYear: 1 }))).toContain(
      fourParties ? 'minst en medsittning per år' : 'Sitta med hos ST-läkaren minst en gång per år',
    );
  });

  it('lists every ground rule to fill in by hand, the IUP deadline and the annual check-in', () => {
    const content = contentFor(templateId);
    const fillIn = content.blocks.find((b) => b.kind === 'fillIn') as Extract<Block, { kind: 'fillIn' }>;
    expect(fillIn.questions).toEqual([...GROUND_RULE_QUESTIONS]);
    const text = allText(content);
    expect(text).toContain('2025-07-15'); // ST-start 2025-01-15 + 6 months
    expect(text).toMatch(/avstämningssamtal/);
  });

  it('leaves no {{tag}} and prints a line where a name is missing', () => {
    const content = contentFor(templateId, { trainee: { head: '', studyDirector: '', unit: '' }, supervisor: { unit: '' } });
    expect(allText(content)).not.toMatch(/\{\{|\}\}/);
    expect(allText(content)).toContain('____');
  });

  it('neutralises formula prefixes in every value from the sheet', () => {
    const content = contentFor(templateId, {
      trainee: { name: '=HYPERLINK("http://x")', unit: '+46 Enhet', head: '@chef', studyDirector: '-1' },
      supervisor: { name: '  =1+1' },
    });
    for (const text of contentTexts(content)) expect(text).not.toMatch(/^\s*[=+\-@]/);
    const text = allText(content);
    expect(text).toContain(`'=HYPERLINK("http://x")`);
    expect(text).toContain(`'=1+1`);
    expect(text).toContain(`'+46 Enhet`);
  });
});

describe('st-kontrakt specifics', () => {
  const content = contentFor('st-kontrakt');
  it('has the overarching goals and the milestones of the whole ST', () => {
    expect(headings(content)).toContain('Övergripande mål');
    const text = allText(content);
    for (const milestone of ['Studierektorsavstämning', 'Specialistkollegium', 'Mitt-i-ST']) expect(text).toContain(milestone);
    expect(text).toContain('minst 2 gånger under ST');
    expect(text).toContain('allmänmedicin');
  });
});

describe('formula neutralising', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\t=x', "'\t=x"],
    ['Anna', 'Anna'],
    ['Anna-Lena', 'Anna-Lena'],
  ])('%j → %j', (input, expected) => expect(neutraliseFormula(input)).toBe(expected));
});

describe('document names', () => {
  it('is Handledningsöverenskommelse – Namn – Giltig från, with vN for new versions', () => {
    expect(agreementDocumentName('Anna Andersson', '2025-02-01')).toBe('Handledningsöverenskommelse – Anna Andersson – 2025-02-01');
    expect(agreementDocumentName('Anna Andersson', '2025-02-01', 2)).toBe(
      'Handledningsöverenskommelse – Anna Andersson – 2025-02-01 v2',
    );
    expect(nextVersion('Handledningsöverenskommelse – Anna – 2025-02-01')).toBe(2);
    expect(nextVersion('Handledningsöverenskommelse – Anna – 2025-02-01 v3')).toBe(4);
    expect(nextVersion(null)).toBe(2);
  });
});

describe('template references', () => {
  it('reads built-in ids, doc IDs and URLs, and refuses anything else', () => {
    const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-ab';
    expect(parseTemplateRef('st-kontrakt')).toEqual({ kind: 'built-in', id: 'st-kontrakt' });
    expect(parseTemplateRef(' Ny-ST ')).toEqual({ kind: 'built-in', id: 'ny-st' });
    expect(parseTemplateRef(id)).toEqual({ kind: 'user', documentId: id });
    expect(parseTemplateRef(`https://docs.google.com/document/d/${id}/edit#heading=h.1`)).toEqual({ kind: 'user', documentId: id });
    expect(parseTemplateRef('min mall')).toEqual({ kind: 'invalid', value: 'min mall' });
  });
});

describe('user template tags', () => {
  const facts = buildAgreementFacts({
    agreement,
    trainee: { ...trainee, name: 'Per $1 (Pelle) \\ Öst' },
    supervisor,
    today: '2025-03-01',
  });

  it('finds known and unknown tags and plans their values', () => {
    const plan = planTagReplacements('Mellan {{ST-läkare}} och {{ Handledare }} – {{Okänd tagg}} {{ST-läkare}}', facts);
    expect(plan.replacements).toEqual([
      { literal: '{{ST-läkare}}', value: 'Per $1 (Pelle) \\ Öst' },
      { literal: '{{ Handledare }}', value: 'Hans Handledare' },
    ]);
    expect(plan.unknown).toEqual(['{{Okänd tagg}}']);
  });

  it('documents a value for every tag', () => {
    const plan = planTagReplacements(AGREEMENT_TAGS.map((t) => `{{${t}}}`).join(' '), facts);
    expect(plan.unknown).toEqual([]);
    expect(plan.replacements).toHaveLength(AGREEMENT_TAGS.length);
  });

  it('escapes the search pattern so a tag matches only itself', () => {
    for (const tag of ['{{ST-läkare}}', '{{Giltig från}}', '{{a.b*c+(d)?[e]|f$^\\}}']) {
      const pattern = new RegExp(escapeRegexPattern(tag), 'g');
      expect(`x ${tag} y ${tag}`.replace(pattern, 'Z')).toBe('x Z y Z');
      expect('x {{ST-lkare}} {ST-läkare}'.replace(pattern, 'Z')).toBe('x {{ST-lkare}} {ST-läkare}');
    }
    expect(findTags('{{a}}{{a}}{{b}}').map((t) => t.name)).toEqual(['a', 'b']);
  });
});

describe('agreement for a trainee row', () => {
  const base = { ...agreement, signed: '2025-02-01', status: 'Undertecknad' as const };
  it('prefers the agreement in force, else the latest', () => {
    const old = { ...base, id: 'Ö-1', validFrom: '2024-01-01', validTo: '2024-12-31' };
    const current = { ...base, id: 'Ö-2', validFrom: '2025-01-01' };
    const future = { ...base, id: 'Ö-3', validFrom: '2026-01-01', signed: null, status: 'Utkast' as const };
    expect(agreementForTrainee([old, current, future], 'ST-0001', '2025-03-01')?.id).toBe('Ö-2');
    expect(agreementForTrainee([old, future], 'ST-0001', '2025-03-01')?.id).toBe('Ö-3');
    expect(agreementForTrainee([old], 'ST-9999', '2025-03-01')).toBeNull();
  });
});

describe('wording a Swedish coordinator signs', () => {
  const text = (templateId: BuiltInTemplateId) => allText(contentFor(templateId));

  it.each([
    ['st-kontrakt', 'Ta ansvar för sin kompetensutveckling', 'Äga sin kompetensutveckling'],
    ['st-kontrakt', 'Genom våra underskrifter åtar vi oss, var för sig och gemensamt, att följa denna överenskommelse.', 'blir av.'],
    ['ny-st', 'och förbinder oss att fullgöra dem.', 'leva upp till'],
    ['ny-st', 'Skriva ett förslag till individuell utbildningsplan (IUP)', 'egen ST-plan'],
    ['ny-st', 'Sitta med hos ST-läkaren minst 6 gånger per år', 'Göra egna medsittningar'],
    ['allmanmedicin', 'om samarbetet inte fungerar eller målen riskerar att inte nås', 'måluppfyllelsen'],
    ['allmanmedicin', 'Sitta med hos ST-läkaren minst 6 gånger per år', 'Göra egna medsittningar'],
  ] as const)('%s says “%s”, no longer “%s”', (templateId, wanted, gone) => {
    expect(text(templateId)).toContain(wanted);
    expect(text(templateId)).not.toContain(gone);
  });

  it('takes the number of sit-ins from the row, with nothing promised when the row says 0', () => {
    expect(text('allmanmedicin')).toContain('Sitta med hos ST-läkaren minst 6 gånger per år');
    expect(allText(contentFor('ny-st', { sitInsPerYear: 4 }))).toContain('Sitta med hos ST-läkaren minst 4 gånger per år');
    expect(allText(contentFor('allmanmedicin', { sitInsPerYear: 0 }))).toContain('Sitta med hos ST-läkaren när parterna ser ett behov');
  });
});
