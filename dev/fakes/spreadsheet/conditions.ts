/** Boolean conditions shared by filter criteria, conditional formats and validation checks. */
import { DateCell, FormulaCell, type Stored } from './cells';
import type { BooleanConditionSpec } from './model';

function asNumber(cell: Stored | undefined): number | null {
  if (typeof cell === 'number') return cell;
  if (cell instanceof DateCell) return cell.serial;
  return null;
}

function asSerial(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value instanceof DateCell) return value.serial;
  return null;
}

/** Whether a cell meets a condition; formulas (CUSTOM_FORMULA) cannot be evaluated and count as met. */
export function conditionHolds(condition: BooleanConditionSpec, cell: Stored | undefined, shown: string): boolean {
  const [a, b] = condition.values;
  const text = shown.toLowerCase();
  const arg = String(a ?? '').toLowerCase();
  const n = asNumber(cell);
  const empty = cell === undefined || cell === '' || cell instanceof FormulaCell;
  switch (condition.criteria) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_NOT_EQUAL_TO':
      return text !== arg;
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    case 'NUMBER_EQUAL_TO':
    case 'DATE_EQUAL_TO':
      return n !== null && n === asSerial(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== asSerial(a);
    case 'NUMBER_GREATER_THAN':
    case 'DATE_AFTER':
      return n !== null && n > (asSerial(a) ?? Infinity);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
    case 'DATE_ON_OR_AFTER':
      return n !== null && n >= (asSerial(a) ?? Infinity);
    case 'NUMBER_LESS_THAN':
    case 'DATE_BEFORE':
      return n !== null && n < (asSerial(a) ?? -Infinity);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
    case 'DATE_ON_OR_BEFORE':
      return n !== null && n <= (asSerial(a) ?? -Infinity);
    case 'NUMBER_BETWEEN':
    case 'DATE_BETWEEN':
      return n !== null && n >= (asSerial(a) ?? Infinity) && n <= (asSerial(b) ?? -Infinity);
    case 'NUMBER_NOT_BETWEEN':
    case 'DATE_NOT_BETWEEN':
      return n !== null && !(n >= (asSerial(a) ?? Infinity) && n <= (asSerial(b) ?? -Infinity));
    default:
      return true;
  }
}
