/** SpreadsheetApp.newFilterCriteria(), the sheet's basic filter, and which rows it hides. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import type { GridRange } from './a1';
import { conditionHolds } from './conditions';
import { displayValue } from './display';
import { BooleanConditionBuilder } from './conditionBuilder';
import type { BooleanConditionSpec, FilterCriteriaSpec, SheetModel } from './model';

function cloneCriteria(spec: FilterCriteriaSpec): FilterCriteriaSpec {
  return {
    condition: spec.condition ? { criteria: spec.condition.criteria, values: spec.condition.values.slice() } : null,
    visibleValues: spec.visibleValues ? spec.visibleValues.slice() : null,
    hiddenValues: spec.hiddenValues.slice(),
  };
}

export class FakeFilterCriteria extends Facade {
  static gasName = 'FilterCriteria';
  static service = 'SpreadsheetApp';

  constructor(readonly spec: FilterCriteriaSpec) {
    super();
  }
  getCriteriaType(): string | null {
    return this.spec.condition?.criteria ?? null;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.condition?.values.slice() ?? [];
  }
  getHiddenValues(): string[] {
    return this.spec.hiddenValues.slice();
  }
  getVisibleValues(): string[] {
    return this.spec.visibleValues?.slice() ?? [];
  }
  copy(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(cloneCriteria(this.spec));
  }
}

export class FakeFilterCriteriaBuilder extends BooleanConditionBuilder {
  static gasName = 'FilterCriteriaBuilder';
  static service = 'SpreadsheetApp';

  constructor(private spec: FilterCriteriaSpec = { condition: null, visibleValues: null, hiddenValues: [] }) {
    super();
  }

  protected _setCondition(condition: BooleanConditionSpec): void {
    this.spec.condition = condition;
  }
  setVisibleValues(values: string[]): this {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    this.spec.visibleValues = values.map(String);
    return this;
  }
  setHiddenValues(values: string[]): this {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    this.spec.hiddenValues = values.map(String);
    return this;
  }
  getCriteriaType(): string | null {
    return this.spec.condition?.criteria ?? null;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.condition?.values.slice() ?? [];
  }
  getHiddenValues(): string[] {
    return this.spec.hiddenValues.slice();
  }
  getVisibleValues(): string[] {
    return this.spec.visibleValues?.slice() ?? [];
  }
  copy(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder(cloneCriteria(this.spec));
  }
  build(): FakeFilterCriteria {
    return new FakeFilterCriteria(cloneCriteria(this.spec));
  }
}

/** Whether a criteria spec hides a cell showing `shown`. */
function hides(spec: FilterCriteriaSpec, sheet: SheetModel, row: number, col: number): boolean {
  const cell = sheet.get(row, col);
  const shown = displayValue(cell, sheet.getMeta(row, col)?.numberFormat, sheet.spreadsheet.dateReader());
  if (spec.hiddenValues.includes(shown)) return true;
  if (spec.visibleValues && !spec.visibleValues.includes(shown)) return true;
  if (spec.condition && !conditionHolds(spec.condition, cell, shown)) return true;
  return false;
}

/** Sheet rows (1-based) the basic filter hides now: every data row failing a column's criteria. */
export function rowsHiddenByFilter(sheet: SheetModel): number[] {
  const filter = sheet.filter;
  if (!filter) return [];
  const hidden: number[] = [];
  const first = filter.range.row + 1;
  const last = filter.range.row + filter.range.numRows - 1;
  for (let row = first; row <= last; row++) {
    for (const [col, spec] of filter.criteria) {
      if (hides(spec, sheet, row, col)) {
        hidden.push(row);
        break;
      }
    }
  }
  return hidden;
}

export class FakeFilter extends Facade {
  static gasName = 'Filter';
  static service = 'SpreadsheetApp';

  constructor(
    private readonly sheet: SheetModel,
    private readonly rangeFactory: (sheet: SheetModel, grid: GridRange) => Facade,
  ) {
    super();
  }

  private _live() {
    const filter = this.sheet.filter;
    if (!filter) throw gasError('This filter no longer exists.');
    return filter;
  }

  private _checkColumn(columnPosition: number): void {
    const { range } = this._live();
    if (!Number.isInteger(columnPosition) || columnPosition < range.col || columnPosition >= range.col + range.numCols) {
      throw gasError(`The column position ${columnPosition} is outside the filter range.`);
    }
  }

  getRange(): Facade {
    return this.rangeFactory(this.sheet, { ...this._live().range });
  }
  getColumnFilterCriteria(columnPosition: number): FakeFilterCriteria | null {
    this._checkColumn(columnPosition);
    const spec = this._live().criteria.get(columnPosition);
    return spec ? new FakeFilterCriteria(cloneCriteria(spec)) : null;
  }
  setColumnFilterCriteria(columnPosition: number, criteria: FakeFilterCriteria | null): this {
    this._checkColumn(columnPosition);
    if (criteria === null) this._live().criteria.delete(columnPosition);
    else if (criteria instanceof FakeFilterCriteria) {
      // FilterCriteriaBuilder.setVisibleValues: visible values are for pivot tables and data source
      // sheets; a basic filter of a grid sheet takes hidden values or a condition
      // (https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder#setVisibleValues(String)).
      if (criteria.spec.visibleValues) throw gasError('Visible values are not supported for basic filters.');
      this._live().criteria.set(columnPosition, cloneCriteria(criteria.spec));
    }
    else throw gasError('Invalid argument: filterCriteria');
    return this;
  }
  removeColumnFilterCriteria(columnPosition: number): this {
    this._checkColumn(columnPosition);
    this._live().criteria.delete(columnPosition);
    return this;
  }
  remove(): void {
    this._live();
    this.sheet.filter = null;
  }
}
