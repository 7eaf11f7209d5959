/** SpreadsheetApp.newConditionalFormatRule(): builder, rule and its BooleanCondition. */
import { Facade } from '../calls/counting';
import { BooleanConditionBuilder } from './conditionBuilder';
import { gasError } from '../errors';
import type { GridRange } from './a1';
import type { BooleanConditionSpec, ConditionalRuleSpec, SheetModel } from './model';

/** A rule as the script holds it: its ranges live on a sheet. */
export interface RuleData {
  sheet: SheetModel | null;
  spec: ConditionalRuleSpec;
}

/** Anything exposing a grid range on a sheet (a FakeRange). */
export interface RangeLike {
  readonly sheetModel: SheetModel;
  _grid(): GridRange;
}

function cloneSpec(spec: ConditionalRuleSpec): ConditionalRuleSpec {
  return {
    condition: spec.condition ? { criteria: spec.condition.criteria, values: spec.condition.values.slice() } : null,
    format: { ...spec.format },
    ranges: spec.ranges.map((r) => ({ ...r })),
  };
}

export class FakeBooleanCondition extends Facade {
  static gasName = 'BooleanCondition';
  static service = 'SpreadsheetApp';

  constructor(private readonly spec: ConditionalRuleSpec) {
    super();
  }
  getCriteriaType(): string | null {
    return this.spec.condition?.criteria ?? null;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.condition?.values.slice() ?? [];
  }
  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }
}

export class FakeConditionalFormatRule extends Facade {
  static gasName = 'ConditionalFormatRule';
  static service = 'SpreadsheetApp';

  constructor(
    readonly data: RuleData,
    private readonly rangeFactory: (sheet: SheetModel, grid: GridRange) => Facade,
  ) {
    super();
  }
  getRanges(): Facade[] {
    const sheet = this.data.sheet;
    return sheet ? this.data.spec.ranges.map((r) => this.rangeFactory(sheet, { ...r })) : [];
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.data.spec.condition ? new FakeBooleanCondition(this.data.spec) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.rangeFactory, { sheet: this.data.sheet, spec: cloneSpec(this.data.spec) });
  }
}

export class FakeConditionalFormatRuleBuilder extends BooleanConditionBuilder {
  static gasName = 'ConditionalFormatRuleBuilder';
  static service = 'SpreadsheetApp';

  constructor(
    private readonly rangeFactory: (sheet: SheetModel, grid: GridRange) => Facade,
    private data: RuleData = { sheet: null, spec: { condition: null, format: {}, ranges: [] } },
  ) {
    super();
  }

  protected _setCondition(condition: BooleanConditionSpec): void {
    this.data.spec.condition = condition;
  }
  setBackground(color: string | null): this {
    this.data.spec.format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.data.spec.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.data.spec.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.data.spec.format.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): this {
    this.data.spec.format.strikethrough = strikethrough;
    return this;
  }
  setUnderline(_underline: boolean | null): this {
    return this;
  }
  setRanges(ranges: RangeLike[]): this {
    if (!Array.isArray(ranges)) throw gasError('Invalid argument: ranges');
    this.data.sheet = ranges[0]?.sheetModel ?? null;
    this.data.spec.ranges = ranges.map((r) => ({ ...r._grid() }));
    return this;
  }
  getRanges(): Facade[] {
    return new FakeConditionalFormatRule(this.data, this.rangeFactory).getRanges();
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.data.spec.condition ? new FakeBooleanCondition(this.data.spec) : null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.rangeFactory, { sheet: this.data.sheet, spec: cloneSpec(this.data.spec) });
  }
  build(): FakeConditionalFormatRule {
    if (!this.data.spec.condition) throw gasError('Conditional format rule must have a condition.');
    return new FakeConditionalFormatRule({ sheet: this.data.sheet, spec: cloneSpec(this.data.spec) }, this.rangeFactory);
  }
}

export { cloneSpec as cloneRuleSpec };
