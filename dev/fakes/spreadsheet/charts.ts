/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → build() →
 * Sheet.insertChart / updateChart / removeChart, Sheet.getCharts(), and
 * EmbeddedChart.modify(). As in Apps Script:
 * - a built chart is not on the sheet until insertChart; its getChartId() is null till then;
 * - insertChart always adds a chart (a chart from modify() inserted again is a second copy);
 * - updateChart needs a chart that is on the sheet (from getCharts().modify().build());
 * - addRange ignores a range the builder already holds.
 * Reference: developers.google.com/apps-script/reference/spreadsheet/embedded-chart(-builder),
 * scopes of every Sheet method: spreadsheets.currentonly or spreadsheets.
 */
import { Facade } from '../calls/counting';
import { makeEnum } from '../enums';
import { gasError } from '../errors';
import { a1Of, type GridRange } from './a1';
import type { ChartSpec, SheetModel } from './model';

export const ChartType = makeEnum('AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL');

/** The Charts global: only its enums are used from a spreadsheet add-on. */
export class FakeCharts extends Facade {
  static gasName = 'Charts';
  static service = 'Charts';
  readonly ChartType = ChartType;
  readonly Position = makeEnum('TOP', 'RIGHT', 'BOTTOM', 'NONE');
}

type RangeLike = Facade & { sheetModel: SheetModel; _grid(): GridRange };
type RangeFactory = (sheet: SheetModel, grid: GridRange) => Facade;

function cloneSpec(spec: ChartSpec): ChartSpec {
  return {
    id: spec.id,
    type: spec.type,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, grid: { ...r.grid } })),
    position: { ...spec.position },
    options: new Map(spec.options),
  };
}

function isRange(value: unknown): value is RangeLike {
  return value instanceof Facade && typeof (value as Partial<RangeLike>)._grid === 'function' && (value as Partial<RangeLike>).sheetModel !== undefined;
}

function positiveInt(name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw gasError(`Invalid argument: ${name}`);
  return n;
}

export class FakeChartOptions extends Facade {
  static gasName = 'ChartOptions';
  static service = 'SpreadsheetApp';

  constructor(private readonly options: ReadonlyMap<string, unknown>) {
    super();
  }
  get(option: string): unknown {
    return this.options.has(option) ? this.options.get(option) : null;
  }
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

export class FakeContainerInfo extends Facade {
  static gasName = 'ContainerInfo';
  static service = 'SpreadsheetApp';

  constructor(private readonly position: ChartSpec['position']) {
    super();
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class FakeEmbeddedChart extends Facade {
  static gasName = 'EmbeddedChart';
  static service = 'SpreadsheetApp';

  _countedSheet(): string {
    return this.sheet.name;
  }

  constructor(
    readonly sheet: SheetModel,
    readonly spec: ChartSpec,
    private readonly rangeFactory: RangeFactory,
  ) {
    super();
  }
  getChartId(): number | null {
    return this.spec.id;
  }
  getOptions(): FakeChartOptions {
    return new FakeChartOptions(new Map(this.spec.options));
  }
  getRanges(): Facade[] {
    return this.spec.ranges.map((r) => this.rangeFactory(r.sheet, { ...r.grid }));
  }
  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo({ ...this.spec.position });
  }
  getNumHeaders(): number {
    return -1;
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.sheet, cloneSpec(this.spec), this.rangeFactory);
  }
}

export class FakeEmbeddedChartBuilder extends Facade {
  static gasName = 'EmbeddedChartBuilder';
  static service = 'SpreadsheetApp';

  _countedSheet(): string {
    return this.sheet.name;
  }

  constructor(
    private readonly sheet: SheetModel,
    private readonly spec: ChartSpec,
    private readonly rangeFactory: RangeFactory,
  ) {
    super();
  }
  addRange(range: unknown): this {
    if (!isRange(range)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    const grid = range._grid();
    const known = this.spec.ranges.some((r) => r.sheet === range.sheetModel && a1Of(r.grid) === a1Of(grid));
    if (!known) this.spec.ranges.push({ sheet: range.sheetModel, grid: { ...grid } });
    return this;
  }
  removeRange(range: unknown): this {
    if (!isRange(range)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.removeRange.");
    const a1 = a1Of(range._grid());
    this.spec.ranges = this.spec.ranges.filter((r) => !(r.sheet === range.sheetModel && a1Of(r.grid) === a1));
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): Facade[] {
    return this.spec.ranges.map((r) => this.rangeFactory(r.sheet, { ...r.grid }));
  }
  setChartType(type: unknown): this {
    if (typeof type !== 'string' || !(type in ChartType)) throw gasError('Invalid argument: type');
    this.spec.type = type;
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  asColumnChart(): this {
    this.spec.type = ChartType.COLUMN;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = {
      row: positiveInt('anchorRowPos', anchorRowPos),
      column: positiveInt('anchorColPos', anchorColPos),
      offsetX: Number(offsetX) || 0,
      offsetY: Number(offsetY) || 0,
    };
    return this;
  }
  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string' || option === '') throw gasError('Invalid argument: option');
    this.spec.options.set(option, value);
    return this;
  }
  getContainer(): FakeContainerInfo {
    return new FakeContainerInfo({ ...this.spec.position });
  }
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.sheet, cloneSpec(this.spec), this.rangeFactory);
  }
}

export function newChartSpec(): ChartSpec {
  return { id: null, type: ChartType.LINE, ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: new Map() };
}

/** The Sheet methods over charts, kept here so sheet.ts stays about cells. */
export function insertChart(sheet: SheetModel, chart: unknown): void {
  if (!(chart instanceof FakeEmbeddedChart)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
  const stored = cloneSpec(chart.spec);
  stored.id = sheet.spreadsheet.newChartId();
  sheet.charts.push(stored);
}

export function updateChart(sheet: SheetModel, chart: unknown): void {
  if (!(chart instanceof FakeEmbeddedChart)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.updateChart.");
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === chart.spec.id);
  if (index < 0) throw gasError('The chart could not be found on this sheet. Insert it with insertChart first.');
  sheet.charts[index] = cloneSpec(chart.spec);
}

export function removeChart(sheet: SheetModel, chart: unknown): void {
  if (!(chart instanceof FakeEmbeddedChart)) throw gasError("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.removeChart.");
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === chart.spec.id);
  if (index < 0) throw gasError('The chart could not be found on this sheet.');
  sheet.charts.splice(index, 1);
}
