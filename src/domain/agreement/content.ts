/**
 * The content model of an agreement document: what a renderer draws, with no
 * knowledge of the Docs service. A built-in template turns `AgreementFacts` into an
 * `AgreementContent`; src/gas/agreements renders it block by block.
 */
import type { IsoDate } from '../model';
import type { BuiltInTemplateId, Frequency } from '../sheetContract';

/** Everything a template may say about one agreement, already made safe for a document. */
export interface AgreementFacts {
  agreementId: string;
  traineeName: string;
  traineeEmail: string;
  specialty: string;
  /** The trainee's Enhet (vårdcentral or clinic), else the supervisor's, else ''. */
  unit: string;
  supervisorName: string;
  supervisorEmail: string;
  /** Verksamhetschef from the trainee row; '' leaves a line to fill in by hand. */
  headName: string;
  /** Studierektor from the trainee row; '' leaves a line to fill in by hand. */
  studyDirectorName: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  frequency: Frequency;
  sitInsPerYear: number;
  stStart: IsoDate;
  /** Planerat ST-slut, or Beräknat ST-slut when that cell is blank (§6). */
  plannedEnd: IsoDate;
  /** Beräknat ST-slut (rule 10). */
  estimatedEnd: IsoDate;
  /** The regulation the trainee's ST follows (§6). */
  regulation: string;
  /** ST-start + the IUP deadline of the settings (6 months by default). */
  iupDeadline: IsoDate;
  /** The months from ST-start to the IUP deadline (a setting, 6 by default). */
  iupMonths: number;
  /** The day the document is generated. */
  today: IsoDate;
}

/** One party of the agreement: the role printed under the signature line and the name. */
export interface Party {
  role: string;
  name: string;
}

/** A label and its value, e.g. "Giltig från" / "2025-02-01". */
export interface LabelledValue {
  label: string;
  value: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** A two-column table of facts (parties, unit, dates). */
  | { kind: 'facts'; rows: LabelledValue[] }
  /** Questions to answer by hand: a table with an empty cell beside each question. */
  | { kind: 'fillIn'; questions: string[] }
  /** Place and date lines, then one signature cell per party. */
  | { kind: 'signatures'; placeLabel: string; dateLabel: string; parties: Party[] };

export interface AgreementContent {
  templateId: BuiltInTemplateId;
  /** The document's title line (not the file name). */
  title: string;
  /** A line under the title naming the unit and the specialty. */
  subtitle: string;
  parties: Party[];
  blocks: Block[];
}

/** Every piece of text of a content model, in order; for tests and tag checks. */
export function contentTexts(content: AgreementContent): string[] {
  const texts = [content.title, content.subtitle];
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        texts.push(block.text);
        break;
      case 'bullets':
        texts.push(...block.items);
        break;
      case 'facts':
        for (const row of block.rows) texts.push(row.label, row.value);
        break;
      case 'fillIn':
        texts.push(...block.questions);
        break;
      case 'signatures':
        texts.push(block.placeLabel, block.dateLabel);
        for (const party of block.parties) texts.push(party.role, party.name);
        break;
    }
  }
  return texts;
}
