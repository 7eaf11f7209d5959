/**
 * Setup step 3: data validation on the data rows (row 2 to the last row) of
 * the user columns the contract types. Columns it does not type keep whatever
 * validation the user gave them.
 */
import { columnRuns, columnsByHeader, type ColumnType } from '../../domain/sheetLayout';
import { SETUP_HELP } from '../../shared/messages/setup';
import type { PreparedSheet } from './sheetsAndHeaders';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Rules built once per run and shared by every column and sheet that needs them. */
export class ValidationRules {
  private readonly built = new Map<string, DataValidation>();

  /** The rule of a column type, or null when the column is free text (or only ST-koll writes it). */
  for(type: ColumnType): DataValidation | null {
    const key = JSON.stringify(type);
    if (!this.built.has(key)) {
      const rule = buildRule(type);
      if (!rule) return null;
      this.built.set(key, rule);
    }
    return this.built.get(key)!;
  }
}

function buildRule(type: ColumnType): DataValidation | null {
  if (type.kind === 'text' || type.kind === 'timestamp' || type.kind === 'literal') return null;
  const builder = SpreadsheetApp.newDataValidation();
  switch (type.kind) {
    case 'date':
      return builder.requireDate().setAllowInvalid(false).setHelpText(SETUP_HELP.date).build();
    case 'email':
      return builder.requireTextIsEmail().setAllowInvalid(false).setHelpText(SETUP_HELP.email).build();
    case 'checkbox':
      return builder.requireCheckbox().setHelpText(SETUP_HELP.checkbox).build();
    case 'reference':
      // IDs and unique names are both allowed, so no dropdown: an always-true
      // rule exists only to carry the help text.
      return builder.requireFormulaSatisfied('=TRUE').setAllowInvalid(true).setHelpText(SETUP_HELP.reference).build();
    case 'number': {
      const ranged =
        type.max === undefined
          ? builder.requireNumberGreaterThanOrEqualTo(type.min)
          : builder.requireNumberBetween(type.min, type.max);
      return ranged.setAllowInvalid(false).setHelpText(SETUP_HELP.number(type.min, type.max)).build();
    }
    case 'list':
      return builder
        .requireValueInList([...type.values], true)
        .setAllowInvalid(!type.strict)
        .setHelpText(type.hint ? SETUP_HELP[type.hint] : SETUP_HELP.list)
        .build();
  }
}

/**
 * One setDataValidation(s) call per run of adjacent typed columns. Columns
 * setup inserted this run without a type are cleared: an inserted column
 * inherits its neighbour's formatting, dropdown included.
 */
export function applyDataValidation(prepared: PreparedSheet, rules: ValidationRules): void {
  const { sheet, spec, headers, inserted, maxRows } = prepared;
  if (maxRows < 2) return;
  const dataRows = maxRows - 1;
  const columns = columnsByHeader(headers);
  const ruleByColumn = new Map<number, DataValidation>();
  const untypedInserted: number[] = [];
  for (const header of spec.userHeaders) {
    const column = columns.get(header);
    if (column === undefined) continue;
    const type = spec.columnTypes[header];
    const rule = type ? rules.for(type) : null;
    if (rule) ruleByColumn.set(column, rule);
    else if (inserted.includes(header)) untypedInserted.push(column);
  }
  for (const run of columnRuns([...ruleByColumn.keys()])) {
    const range = sheet.getRange(2, run.column, dataRows, run.width);
    if (run.width === 1) {
      range.setDataValidation(ruleByColumn.get(run.column)!);
    } else {
      const row = Array.from({ length: run.width }, (_, i) => ruleByColumn.get(run.column + i)!);
      range.setDataValidations(Array.from({ length: dataRows }, () => row));
    }
  }
  for (const run of columnRuns(untypedInserted)) {
    sheet.getRange(2, run.column, dataRows, run.width).clearDataValidations();
  }
}
