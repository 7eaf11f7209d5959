/**
 * Setup step 4: conditional formatting on ST-läkare, so the annual check-in
 * colours stay right between refreshes. ST-koll recognises its own rules by
 * their formulas (column letters and numbers aside) and replaces only those;
 * the user's own rules are kept, in their order, ahead of ST-koll's.
 */
import { ANNUAL, INACTIVE_TRAINEE_STATUSES, TRAINEE_COL, TRAINEE_COMPUTED } from '../../domain/sheetContract';
import { columnLetter, columnRuns, columnsByHeader, type ColumnRun } from '../../domain/sheetLayout';
import type { PreparedSheet } from './sheetsAndHeaders';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const COLOUR = {
  overdue: { background: '#f4cccc', font: '#990000' },
  soon: { background: '#fce8b2', font: '#7f6000' },
  ok: { background: '#d9ead3', font: '#274e13' },
  flagged: { background: '#fff2cc', font: null },
  inactive: { background: null, font: '#999999' },
} as const;
type Colour = (typeof COLOUR)[keyof typeof COLOUR];

interface RuleSpec {
  formula: string;
  runs: ColumnRun[];
  colour: Colour;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The rules ST-koll wants on ST-läkare, given where its columns are now. */
function traineeRuleSpecs({ headers, spec }: PreparedSheet, soonDays: number): RuleSpec[] {
  const columns = columnsByHeader(headers);
  const cell = (header: string): string | null => {
    const column = columns.get(header);
    return column === undefined ? null : `$${columnLetter(column)}2`;
  };
  const only = (header: string): ColumnRun[] => [{ column: columns.get(header)!, width: 1 }];
  const specs: RuleSpec[] = [];

  const status = cell(TRAINEE_COL.status);
  if (status) {
    // First, so an inactive trainee's row is grey whatever else it shows.
    const contractColumns = [...spec.userHeaders, ...spec.computedHeaders].flatMap((h) => columns.get(h) ?? []);
    specs.push({
      formula: `=OR(${INACTIVE_TRAINEE_STATUSES.map((s) => `${status}=${quoted(s)}`).join(',')})`,
      runs: columnRuns(contractColumns),
      colour: COLOUR.inactive,
    });
  }
  const annual = cell(TRAINEE_COMPUTED.annualStatus);
  if (annual) {
    const runs = only(TRAINEE_COMPUTED.annualStatus);
    specs.push({ formula: `=${annual}=${quoted(ANNUAL.overdue)}`, runs, colour: COLOUR.overdue });
    specs.push({ formula: `=${annual}=${quoted(ANNUAL.soon)}`, runs, colour: COLOUR.soon });
    specs.push({ formula: `=${annual}=${quoted(ANNUAL.ok)}`, runs, colour: COLOUR.ok });
  }
  const due = cell(TRAINEE_COMPUTED.nextAnnualDue);
  if (due) {
    const runs = only(TRAINEE_COMPUTED.nextAnnualDue);
    specs.push({ formula: `=AND(ISNUMBER(${due}),${due}<TODAY())`, runs, colour: COLOUR.overdue });
    specs.push({
      formula: `=AND(ISNUMBER(${due}),${due}>=TODAY(),${due}-TODAY()<=${soonDays})`,
      runs,
      colour: COLOUR.soon,
    });
  }
  const flags = cell(TRAINEE_COMPUTED.flags);
  if (flags) specs.push({ formula: `=LEN(${flags})>0`, runs: only(TRAINEE_COMPUTED.flags), colour: COLOUR.flagged });
  return specs;
}

/** A formula with its cell references and numbers blanked out, so a moved column still matches. */
function formulaShape(formula: string): string {
  return formula
    .replace(/\s+/g, '')
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, 'REF')
    .replace(/\d+/g, 'N');
}

function formulaOf(rule: ConditionalFormatRule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return null;
  const [formula] = condition.getCriteriaValues();
  return typeof formula === 'string' ? formula : null;
}

export function applyTraineeConditionalFormats(prepared: PreparedSheet, soonDays: number): void {
  const { sheet, maxRows } = prepared;
  if (maxRows < 2) return;
  const specs = traineeRuleSpecs(prepared, soonDays);
  const ownShapes = new Set(specs.map((s) => formulaShape(s.formula)));
  const userRules = sheet.getConditionalFormatRules().filter((rule) => {
    const formula = formulaOf(rule);
    return formula === null || !ownShapes.has(formulaShape(formula));
  });
  const ownRules = specs.map(({ formula, runs, colour }) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setRanges(runs.map((run) => sheet.getRange(2, run.column, maxRows - 1, run.width)));
    if (colour.background) builder = builder.setBackground(colour.background);
    if (colour.font) builder = builder.setFontColor(colour.font);
    return builder.build();
  });
  sheet.setConditionalFormatRules([...userRules, ...ownRules]);
}
