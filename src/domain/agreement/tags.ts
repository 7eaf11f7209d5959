/**
 * `{{Tagg}}` placeholders for the user's own Google Doc template. The list is
 * documented tag by tag in docs/AGREEMENTS.md; a tag not listed here is
 * reported to the user, never left silently.
 */
import type { AgreementFacts } from './content';
import { frequencyWording, sitInsPhrase, supervisionSentence, UNTIL_FURTHER_NOTICE } from './commonText';

/** Tag name (between the braces) → how to fill it from the facts. */
const TAG_FILLERS: Record<string, (facts: AgreementFacts) => string> = {
  'ST-läkare': (f) => f.traineeName,
  'ST-läkarens e-post': (f) => f.traineeEmail,
  Handledare: (f) => f.supervisorName,
  'Handledarens e-post': (f) => f.supervisorEmail,
  Verksamhetschef: (f) => f.headName,
  Studierektor: (f) => f.studyDirectorName,
  Enhet: (f) => f.unit,
  Specialitet: (f) => f.specialty,
  'Giltig från': (f) => f.validFrom,
  'Giltig till': (f) => f.validTo ?? UNTIL_FURTHER_NOTICE,
  Handledning: (f) => f.frequency,
  'Handledning text': (f) => supervisionSentence(f.frequency),
  Handledningsfrekvens: (f) => frequencyWording(f.frequency),
  'Medsittningar per år': (f) => String(f.sitInsPerYear),
  'Medsittningar text': (f) => sitInsPhrase(f.sitInsPerYear),
  'ST-start': (f) => f.stStart,
  'Planerat ST-slut': (f) => f.plannedEnd,
  'Beräknat ST-slut': (f) => f.estimatedEnd,
  Föreskrift: (f) => f.regulation,
  'IUP senast': (f) => f.iupDeadline,
  Datum: (f) => f.today,
  'Överenskommelse-ID': (f) => f.agreementId,
};

/** The documented tags, in the order the README lists them. */
export const AGREEMENT_TAGS: readonly string[] = Object.keys(TAG_FILLERS);

/** `{{ Namn }}` → `Namn`: any run of characters but braces, spaces around it ignored. */
const TAG_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface TagOccurrence {
  /** The tag exactly as written in the template, braces included. */
  literal: string;
  /** The name between the braces, trimmed. */
  name: string;
}

/** Every distinct tag in a text, in order of first appearance. */
export function findTags(text: string): TagOccurrence[] {
  const seen = new Set<string>();
  const found: TagOccurrence[] = [];
  for (const match of text.matchAll(TAG_PATTERN)) {
    if (seen.has(match[0])) continue;
    seen.add(match[0]);
    found.push({ literal: match[0], name: match[1] });
  }
  return found;
}

function isKnownTag(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(TAG_FILLERS, name);
}

/** The value of every documented tag for one agreement (already formula-safe). */
function tagValues(facts: AgreementFacts): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, fill] of Object.entries(TAG_FILLERS)) values[name] = fill(facts);
  return values;
}

export interface TagPlan {
  /** Literal tag text → its value, for each known tag found in the template. */
  replacements: Array<{ literal: string; value: string }>;
  /** Unknown tags, as written, for the report. */
  unknown: string[];
}

/** Which tags of a template's text get which value, and which are unknown. */
export function planTagReplacements(templateText: string, facts: AgreementFacts): TagPlan {
  const values = tagValues(facts);
  const plan: TagPlan = { replacements: [], unknown: [] };
  for (const tag of findTags(templateText)) {
    if (isKnownTag(tag.name)) plan.replacements.push({ literal: tag.literal, value: values[tag.name] });
    else plan.unknown.push(tag.literal);
  }
  return plan;
}

/**
 * Body.replaceText takes a regular expression (RE2 syntax): every character
 * that means something there is escaped, so a tag is matched literally.
 */
export function escapeRegexPattern(literal: string): string {
  return literal.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
