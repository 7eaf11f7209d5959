/**
 * The `when…` methods ConditionalFormatRuleBuilder and FilterCriteriaBuilder
 * share in Apps Script: each sets one boolean condition.
 */
import { Facade } from '../calls/counting';
import type { BooleanConditionSpec } from './model';

export abstract class BooleanConditionBuilder extends Facade {
  protected abstract _setCondition(condition: BooleanConditionSpec): void;

  private _when(criteria: string, ...values: unknown[]): this {
    this._setCondition({ criteria, values });
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', formula);
  }
  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQUAL_TO', text);
  }
  whenTextNotEqualTo(text: string): this {
    return this._when('TEXT_NOT_EQUAL_TO', text);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this._when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string): this {
    return this._when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): this {
    return this._when('TEXT_ENDS_WITH', text);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY');
  }
  whenNumberEqualTo(n: number): this {
    return this._when('NUMBER_EQUAL_TO', n);
  }
  whenNumberNotEqualTo(n: number): this {
    return this._when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', a, b);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this._when('NUMBER_NOT_BETWEEN', a, b);
  }
  whenDateBefore(date: unknown): this {
    return this._when('DATE_BEFORE', date);
  }
  whenDateAfter(date: unknown): this {
    return this._when('DATE_AFTER', date);
  }
  whenDateEqualTo(date: unknown): this {
    return this._when('DATE_EQUAL_TO', date);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._when(criteria, ...(args ?? []));
  }
}
