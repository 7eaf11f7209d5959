/** Range and sheet protections. The effective user owns the file, so canEdit() is true. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import type { GridRange } from './a1';
import type { ProtectionModel, SheetModel } from './model';

export class FakeProtection extends Facade {
  static gasName = 'Protection';
  static service = 'SpreadsheetApp';

  constructor(
    private readonly sheet: SheetModel,
    readonly model: ProtectionModel,
    private readonly rangeFactory: (sheet: SheetModel, grid: GridRange) => Facade,
  ) {
    super();
  }

  private _live(): ProtectionModel {
    if (this.model.removed) throw gasError('This protection no longer exists.');
    return this.model;
  }

  getProtectionType(): string {
    return this.model.type;
  }
  getRange(): Facade {
    const range = this.model.type === 'SHEET' ? { row: 1, col: 1, numRows: this.sheet.maxRows, numCols: this.sheet.maxCols } : this.model.range;
    return this.rangeFactory(this.sheet, { ...range });
  }
  setRange(range: { _grid(): GridRange }): this {
    this._live().range = { ...range._grid() };
    return this;
  }
  getDescription(): string {
    return this.model.description;
  }
  setDescription(description: string): this {
    this._live().description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this._live().warningOnly = Boolean(warningOnly);
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_editable: boolean): this {
    return this;
  }
  getEditors(): never[] {
    return [];
  }
  addEditor(editor: string): this {
    this._live().editors.push(String(editor));
    return this;
  }
  addEditors(editors: string[]): this {
    this._live().editors.push(...editors.map(String));
    return this;
  }
  removeEditor(editor: string): this {
    this._live().editors = this.model.editors.filter((e) => e !== String(editor));
    return this;
  }
  removeEditors(editors: string[]): this {
    const drop = new Set(editors.map(String));
    this._live().editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
  remove(): void {
    this._live().removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}
