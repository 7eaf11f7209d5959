/** SpreadsheetApp.newDataValidation(): the builder, the rule, and the check Sheets runs on input. */
import { Facade } from '../calls/counting';
import { makeEnum } from '../enums';
import { gasError } from '../errors';
import { DateCell, type Stored } from './cells';
import type { ValidationSpec } from './model';

export const DataValidationCriteria = makeEnum(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

export class FakeDataValidation extends Facade {
  static gasName = 'DataValidation';
  static service = 'SpreadsheetApp';

  constructor(readonly spec: ValidationSpec) {
    super();
  }

  getCriteriaType(): string {
    return this.spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => (Array.isArray(v) ? v.slice() : v));
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string | null {
    return this.spec.helpText;
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.spec, values: this.getCriteriaValues() });
  }
}

export class FakeDataValidationBuilder extends Facade {
  static gasName = 'DataValidationBuilder';
  static service = 'SpreadsheetApp';

  constructor(private spec: ValidationSpec = { criteria: '', values: [], allowInvalid: true, helpText: null }) {
    super();
  }

  private _require(criteria: string, ...values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values };
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    return this._require('VALUE_IN_LIST', values.map(String), showDropdown);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._require('VALUE_IN_RANGE', range, showDropdown);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._require('CHECKBOX', ...values);
  }
  requireDate(): this {
    return this._require('DATE_IS_VALID_DATE');
  }
  requireDateAfter(date: Date): this {
    return this._require('DATE_AFTER', date);
  }
  requireDateBefore(date: Date): this {
    return this._require('DATE_BEFORE', date);
  }
  requireDateOnOrAfter(date: Date): this {
    return this._require('DATE_ON_OR_AFTER', date);
  }
  requireDateOnOrBefore(date: Date): this {
    return this._require('DATE_ON_OR_BEFORE', date);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this._require('DATE_BETWEEN', start, end);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._require('NUMBER_BETWEEN', start, end);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this._require('NUMBER_NOT_BETWEEN', start, end);
  }
  requireNumberEqualTo(n: number): this {
    return this._require('NUMBER_EQUAL_TO', n);
  }
  requireNumberGreaterThan(n: number): this {
    return this._require('NUMBER_GREATER_THAN', n);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._require('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  requireNumberLessThan(n: number): this {
    return this._require('NUMBER_LESS_THAN', n);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._require('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  requireTextContains(text: string): this {
    return this._require('TEXT_CONTAINS', text);
  }
  requireTextDoesNotContain(text: string): this {
    return this._require('TEXT_DOES_NOT_CONTAIN', text);
  }
  requireTextEqualTo(text: string): this {
    return this._require('TEXT_EQUAL_TO', text);
  }
  requireTextIsEmail(): this {
    return this._require('TEXT_IS_VALID_EMAIL');
  }
  requireTextIsUrl(): this {
    return this._require('TEXT_IS_VALID_URL');
  }
  requireFormulaSatisfied(formula: string): this {
    return this._require('CUSTOM_FORMULA', formula);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._require(criteria, ...(args ?? []));
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.spec = { ...this.spec, allowInvalid: Boolean(allowInvalid) };
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec = { ...this.spec, helpText: String(helpText) };
    return this;
  }
  getCriteriaType(): string {
    return this.spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder({ ...this.spec });
  }
  build(): FakeDataValidation {
    if (!this.spec.criteria) throw gasError('You must specify a validation criteria before building the data validation.');
    return new FakeDataValidation({ ...this.spec, values: this.spec.values.slice() });
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function serialOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value instanceof DateCell) return value.serial;
  return null;
}

/** Whether Sheets accepts a stored value under a rule (an empty cell always passes). */
export function passesValidation(spec: ValidationSpec, cell: Stored, shown: string): boolean {
  if (cell === '') return true;
  const [a, b] = spec.values;
  const n = typeof cell === 'number' ? cell : null;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return (a as string[]).includes(shown);
    case 'CHECKBOX':
      return spec.values.length === 0 ? typeof cell === 'boolean' : spec.values.map(String).includes(shown);
    case 'DATE_IS_VALID_DATE':
      return cell instanceof DateCell;
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof cell === 'string' && EMAIL.test(cell);
    case 'TEXT_IS_VALID_URL':
      return typeof cell === 'string' && /^https?:\/\/\S+$/.test(cell);
    case 'TEXT_CONTAINS':
      return shown.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !shown.includes(String(a));
    case 'TEXT_EQUAL_TO':
      return shown === String(a);
    case 'DATE_AFTER':
    case 'DATE_BEFORE':
    case 'DATE_ON_OR_AFTER':
    case 'DATE_ON_OR_BEFORE':
    case 'DATE_BETWEEN':
      return serialOf(cell) !== null && cell instanceof DateCell;
    default:
      return true;
  }
}
