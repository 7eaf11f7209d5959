/**
 * Text shared by the built-in templates: labels, the row-driven supervision
 * wording and the ground rules to agree on at the first session (seed 003's
 * topics). Written in ST-koll's own Swedish; the frequency and the number of
 * sit-ins always come from the agreement row, never from a template.
 */
import type { Frequency } from '../sheetContract';
import type { AgreementFacts, Block, LabelledValue, Party } from './content';

export const ROLE = {
  trainee: 'ST-läkare',
  supervisor: 'Huvudhandledare',
  head: 'Verksamhetschef',
  studyDirector: 'Studierektor',
} as const;

export const LABEL = {
  unit: 'Enhet',
  specialty: 'Specialitet',
  regulation: 'Föreskrift',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
  supervision: 'Handledning',
  sitIns: 'Medsittningar per år',
  place: 'Ort',
  date: 'Datum',
} as const;

/** Printed where a value is missing, so the line can be filled in by hand. */
export const BLANK = '____________________';
/** Giltig till when the row leaves it open. */
export const UNTIL_FURTHER_NOTICE = 'tills vidare';

export function orBlank(value: string): string {
  return value.trim() === '' ? BLANK : value;
}

/** How often supervision happens, as a phrase that ends a sentence (row value → wording). */
export function frequencyWording(frequency: Frequency): string {
  switch (frequency) {
    case 'Varje vecka':
      return 'en gång i veckan, med minst en timme avsatt varje gång';
    case 'Varje månad':
      return 'en gång i månaden, med minst en timme avsatt varje gång';
    case '6 gånger per år':
      return 'sex gånger om året, ungefär varannan månad, med minst en timme avsatt varje gång';
  }
}

/** The supervision commitment, worded from the row. */
export function supervisionSentence(frequency: Frequency): string {
  return `Handledningssamtalen schemaläggs och hålls ${frequencyWording(frequency)}.`;
}

/** "minst 6 gånger per år", how often the supervisor sits in, worded from the row's number. */
export function sitInTimesPhrase(sitInsPerYear: number): string {
  if (sitInsPerYear <= 0) return 'när parterna ser ett behov (inget antal avtalat)';
  if (sitInsPerYear === 1) return 'minst en gång per år';
  return `minst ${sitInsPerYear} gånger per år`;
}

/** "minst 6 medsittningar per år", worded from the row's number. */
export function sitInsPhrase(sitInsPerYear: number): string {
  if (sitInsPerYear <= 0) return 'medsittningar när parterna ser ett behov (inget antal avtalat)';
  if (sitInsPerYear === 1) return 'minst en medsittning per år';
  return `minst ${sitInsPerYear} medsittningar per år`;
}

export function partiesOf(facts: AgreementFacts, fourParties: boolean): Party[] {
  const parties: Party[] = [
    { role: ROLE.trainee, name: facts.traineeName },
    { role: ROLE.supervisor, name: facts.supervisorName },
  ];
  if (fourParties) {
    parties.push({ role: ROLE.head, name: facts.headName }, { role: ROLE.studyDirector, name: facts.studyDirectorName });
  }
  return parties;
}

/** The facts table under the title: parties, unit, dates and the agreed supervision. */
export function factRows(facts: AgreementFacts, parties: Party[]): LabelledValue[] {
  return [
    ...parties.map((party) => ({ label: party.role, value: orBlank(party.name) })),
    { label: LABEL.unit, value: orBlank(facts.unit) },
    { label: LABEL.specialty, value: orBlank(facts.specialty) },
    { label: LABEL.regulation, value: facts.regulation },
    { label: LABEL.validFrom, value: facts.validFrom },
    { label: LABEL.validTo, value: facts.validTo ?? UNTIL_FURTHER_NOTICE },
    { label: LABEL.supervision, value: facts.frequency },
    { label: LABEL.sitIns, value: String(facts.sitInsPerYear) },
  ];
}

export const GROUND_RULES_HEADING = 'Spelregler för handledningen';
export const GROUND_RULES_INTRO =
  'Frågorna besvaras tillsammans vid det första handledningssamtalet. Skriv svaren för hand i den högra kolumnen och se över dem när något behöver ändras.';

/** Seed 003's topics for the first session, as open questions. */
export const GROUND_RULE_QUESTIONS: readonly string[] = [
  'Vem tar initiativ till samtalen, och hur bokas de?',
  'Var och när ses vi, och hur länge varar ett samtal?',
  'Hur förbereder vi oss – används en mall eller en dagordning?',
  'Vem bestämmer vad ett samtal ska handla om?',
  'Hur och av vem dokumenteras samtalen?',
  'Hur når vi varandra mellan samtalen (e-post, telefon, Teams)?',
  'Hur och när utvärderar vi själva handledningen?',
  'Hur och när bedöms ST-läkarens kompetens, och med vilka metoder?',
  'Hur tar vi upp kritik mot varandra?',
];

/** Seed 003: conflicts go to the studierektor first. */
export const CONFLICT_NOTE =
  'Om handledarrelationen inte fungerar söker parterna i första hand stöd hos studierektor.';

export function iupSentence(facts: AgreementFacts): string {
  return `ST-läkaren och huvudhandledaren tar tillsammans fram en individuell utbildningsplan (IUP) för hela ST inom ${facts.iupMonths} månader från ST-start, det vill säga senast ${facts.iupDeadline}.`;
}

export const ANNUAL_CHECKIN =
  'En gång om året hålls ett avstämningssamtal där utbildningsplanen och periodplaneringen gås igenom.';

export const SIGNATURES_HEADING = 'Underskrifter';

/** A commitment group: its heading and its bullets. */
export function commitments(heading: string, items: string[]): Block[] {
  return [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'bullets', items },
  ];
}

/** The start of every built-in template: a sentence, then the facts table. */
export function opening(intro: string, facts: AgreementFacts, parties: Party[]): Block[] {
  return [
    { kind: 'paragraph', text: intro },
    { kind: 'facts', rows: factRows(facts, parties) },
  ];
}

/** The end of every built-in template: the ground rules to fill in, then the signatures. */
export function closing(groundRulesNote: string, pledge: string, parties: Party[]): Block[] {
  return [
    { kind: 'heading', level: 1, text: GROUND_RULES_HEADING },
    { kind: 'paragraph', text: groundRulesNote },
    { kind: 'fillIn', questions: [...GROUND_RULE_QUESTIONS] },
    { kind: 'heading', level: 1, text: SIGNATURES_HEADING },
    { kind: 'paragraph', text: pledge },
    { kind: 'signatures', placeLabel: LABEL.place, dateLabel: LABEL.date, parties },
  ];
}
