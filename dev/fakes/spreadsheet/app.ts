/** The SpreadsheetApp global of a container-bound add-on (spreadsheets.currentonly). */
import { Facade } from '../calls/counting';
import type { ExecutionContext } from '../context';
import { makeEnum } from '../enums';
import { gasError } from '../errors';
import { AuthMode } from '../script';
import { FakeUi, type UiState } from '../ui';
import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { FakeFilterCriteriaBuilder } from './filter';
import type { SpreadsheetModel } from './model';
import { FakeRange, makeRange } from './range';
import { activeRangeOf, activeSheetOf, FakeSelection, FakeSpreadsheet } from './spreadsheet';
import type { FakeSheet } from './sheet';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

export const BooleanCriteria = makeEnum(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
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
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);

export class FakeSpreadsheetApp extends Facade {
  static gasName = 'SpreadsheetApp';
  static service = 'SpreadsheetApp';

  readonly AuthMode = AuthMode;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = makeEnum('RANGE', 'SHEET');
  readonly WrapStrategy = makeEnum('WRAP', 'OVERFLOW', 'CLIP');
  readonly Dimension = makeEnum('COLUMNS', 'ROWS');
  readonly BorderStyle = makeEnum('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly SheetType = makeEnum('GRID', 'OBJECT', 'DATASOURCE');

  constructor(
    private readonly model: SpreadsheetModel,
    private readonly ui: UiState,
    private readonly context: ExecutionContext,
  ) {
    super();
  }

  /** null in a time-driven trigger: the add-on's trigger belongs to the script, not to a document. */
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.context.inTrigger ? null : new FakeSpreadsheet(this.model);
  }
  getActive(): FakeSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): FakeSheet | null {
    return this.context.inTrigger ? null : activeSheetOf(this.model);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return sheet.activate();
  }
  getActiveRange(): FakeRange | null {
    return this.context.inTrigger ? null : activeRangeOf(this.model);
  }
  setActiveRange(range: FakeRange): FakeRange {
    if (!(range instanceof FakeRange)) throw gasError('Invalid argument: range');
    return range.activate();
  }
  getCurrentCell(): FakeRange | null {
    return new FakeSelection(this.model).getCurrentCell();
  }
  getSelection(): FakeSelection {
    return new FakeSelection(this.model);
  }
  getUi(): FakeUi {
    this.context.refuseUi('SpreadsheetApp.getUi()');
    return new FakeUi(this.ui);
  }
  flush(): void {}
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(makeRange);
  }
  newFilterCriteria(): FakeFilterCriteriaBuilder {
    return new FakeFilterCriteriaBuilder();
  }
  openById(_id: string): never {
    throw gasError('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  }
  openByUrl(_url: string): never {
    throw gasError('You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  }
  create(_name: string): never {
    throw gasError('You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  }
}
