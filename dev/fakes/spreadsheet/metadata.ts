/**
 * Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or
 * one whole row or column, that "remain associated at those locations as they
 * move around and the spreadsheet is edited … If the associated object is
 * deleted then its metadata is deleted too"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 * A location is one row or one column: "The specified DimensionRange must
 * represent a single row or column; it cannot be unbounded or span multiple
 * rows or columns", so Range.addDeveloperMetadata on any other range throws.
 * Apps Script classes: DeveloperMetadata, DeveloperMetadataFinder,
 * DeveloperMetadataLocation (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata);
 * every method needs spreadsheets.currentonly or spreadsheets.
 */
import { Facade } from '../calls/counting';
import { makeEnum } from '../enums';
import { gasError } from '../errors';
import type { GridRange } from './a1';
import type { SheetModel, SpreadsheetModel } from './model';
import { FakeRange, makeRange } from './range';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';

export const DeveloperMetadataVisibility = makeEnum('DOCUMENT', 'PROJECT');
export const DeveloperMetadataLocationType = makeEnum('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
type Visibility = keyof typeof DeveloperMetadataVisibility;
type LocationType = keyof typeof DeveloperMetadataLocationType;

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetModel }
  | { type: 'ROW' | 'COLUMN'; sheet: SheetModel; index: number };

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: Visibility;
  location: MetadataLocation;
}

const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** The location a range stands for: one whole column or one whole row, else Apps Script's error. */
export function locationOfRange(sheet: SheetModel, grid: GridRange): MetadataLocation {
  if (grid.numCols === 1 && grid.row === 1 && grid.numRows === sheet.maxRows) return { type: 'COLUMN', sheet, index: grid.col };
  if (grid.numRows === 1 && grid.col === 1 && grid.numCols === sheet.maxCols) return { type: 'ROW', sheet, index: grid.row };
  throw gasError(ARBITRARY_RANGE);
}

/** (key), (key, visibility), (key, value) or (key, value, visibility), as the overloads read them. */
export function addMetadata(spreadsheet: SpreadsheetModel, location: MetadataLocation, args: unknown[]): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
  const isVisibility = (v: unknown): v is Visibility => v === 'DOCUMENT' || v === 'PROJECT';
  let value: string | null = null;
  let visibility: Visibility = 'DOCUMENT';
  if (isVisibility(second) && third === undefined) visibility = second;
  else {
    if (second !== undefined && second !== null) value = String(second);
    if (third !== undefined) {
      if (!isVisibility(third)) throw gasError('Invalid argument: visibility');
      visibility = third;
    }
  }
  spreadsheet.metadata.push({ id: spreadsheet.newMetadataId(), key, value, visibility, location });
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'SPREADSHEET') return true;
  if (a.sheet !== (b as { sheet: SheetModel }).sheet) return false;
  return a.type === 'SHEET' || a.index === (b as { index: number }).index;
}

/** Metadata exactly at `location` (getDeveloperMetadata of a Spreadsheet, Sheet or whole row/column Range). */
export function metadataAt(spreadsheet: SpreadsheetModel, location: MetadataLocation): MetadataModel[] {
  return spreadsheet.metadata.filter((m) => sameLocation(m.location, location));
}

/** Where a finder looks: the whole spreadsheet, one sheet (itself, its rows and columns), or a range. */
export type FinderScope = { type: 'SPREADSHEET' } | { type: 'SHEET'; sheet: SheetModel } | { type: 'RANGE'; sheet: SheetModel; grid: GridRange };

function inScope(m: MetadataModel, scope: FinderScope, intersecting: boolean): boolean {
  if (scope.type === 'SPREADSHEET') return true;
  if (m.location.type === 'SPREADSHEET' || m.location.sheet !== scope.sheet) return false;
  if (scope.type === 'SHEET') return true;
  const { location } = m;
  if (location.type === 'SHEET') return false;
  const { row, col, numRows, numCols } = scope.grid;
  const whole = location.type === 'COLUMN' ? row === 1 && numRows === location.sheet.maxRows : col === 1 && numCols === location.sheet.maxCols;
  const [start, size] = location.type === 'COLUMN' ? [col, numCols] : [row, numRows];
  const inside = location.index >= start && location.index < start + size;
  return inside && (whole || intersecting);
}

export class FakeDeveloperMetadataFinder extends Facade {
  static gasName = 'DeveloperMetadataFinder';
  static service = 'SpreadsheetApp';
  private readonly filters: ((m: MetadataModel) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly spreadsheet: SpreadsheetModel,
    private readonly scope: FinderScope,
  ) {
    super();
  }
  withKey(key: string): this {
    this.filters.push((m) => m.key === String(key));
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === String(value));
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withVisibility(visibility: string): this {
    this.filters.push((m) => m.visibility === visibility);
    return this;
  }
  withLocationType(locationType: string): this {
    this.filters.push((m) => m.location.type === locationType);
    return this;
  }
  /** Only meaningful for a range-scoped search, as the reference says. */
  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.spreadsheet.metadata
      .filter((m) => inScope(m, this.scope, this.intersecting) && this.filters.every((f) => f(m)))
      .map((m) => new FakeDeveloperMetadata(this.spreadsheet, m));
  }
}

export class FakeDeveloperMetadata extends Facade {
  static gasName = 'DeveloperMetadata';
  static service = 'SpreadsheetApp';

  constructor(
    private readonly spreadsheet: SpreadsheetModel,
    private readonly model: MetadataModel,
  ) {
    super();
  }
  private alive(): MetadataModel {
    if (!this.spreadsheet.metadata.includes(this.model)) throw gasError('The developer metadata has been removed.');
    return this.model;
  }
  getId(): number {
    return this.alive().id;
  }
  getKey(): string {
    return this.alive().key;
  }
  getValue(): string | null {
    return this.alive().value;
  }
  getVisibility(): string {
    return this.alive().visibility;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.spreadsheet, this.alive().location);
  }
  setKey(key: string): this {
    if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
    this.alive().key = key;
    return this;
  }
  setValue(value: string | null): this {
    this.alive().value = value === null ? null : String(value);
    return this;
  }
  setVisibility(visibility: string): this {
    if (visibility !== 'DOCUMENT' && visibility !== 'PROJECT') throw gasError('Invalid argument: visibility');
    this.alive().visibility = visibility;
    return this;
  }
  remove(): void {
    const model = this.alive();
    this.spreadsheet.metadata = this.spreadsheet.metadata.filter((m) => m !== model);
  }
}

export class FakeDeveloperMetadataLocation extends Facade {
  static gasName = 'DeveloperMetadataLocation';
  static service = 'SpreadsheetApp';

  constructor(
    private readonly spreadsheet: SpreadsheetModel,
    private readonly location: MetadataLocation,
  ) {
    super();
  }
  getLocationType(): LocationType {
    return this.location.type;
  }
  /** The whole column, or null when the metadata is not on a column. */
  getColumn(): FakeRange | null {
    const l = this.location;
    return l.type === 'COLUMN' ? makeRange(l.sheet, { row: 1, col: l.index, numRows: l.sheet.maxRows, numCols: 1 }) : null;
  }
  getRow(): FakeRange | null {
    const l = this.location;
    return l.type === 'ROW' ? makeRange(l.sheet, { row: l.index, col: 1, numRows: 1, numCols: l.sheet.maxCols }) : null;
  }
  getSheet(): FakeSheet | null {
    return this.location.type === 'SPREADSHEET' ? null : new FakeSheet(this.location.sheet);
  }
  getSpreadsheet(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.spreadsheet);
  }
}

/**
 * Keeps row/column metadata on its line after an insert (delta > 0, after
 * line `at`) or a delete (delta < 0, of the lines after `at`; their metadata
 * is deleted with them).
 */
export function shiftMetadata(sheet: SheetModel, type: 'ROW' | 'COLUMN', at: number, delta: number): void {
  const ss = sheet.spreadsheet;
  ss.metadata = ss.metadata.filter((m) => {
    const l = m.location;
    if (l.type !== type || l.sheet !== sheet || l.index <= at) return true;
    if (delta < 0 && l.index <= at - delta) return false;
    l.index += delta;
    return true;
  });
}

/** Column metadata follows its column when columns are moved (moveColumns). */
export function remapColumnMetadata(sheet: SheetModel, newIndexOf: (oldIndex: number) => number): void {
  for (const m of sheet.spreadsheet.metadata) {
    if (m.location.type === 'COLUMN' && m.location.sheet === sheet) m.location.index = newIndexOf(m.location.index);
  }
}
