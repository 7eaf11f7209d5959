/** Embedded charts on the sheet fakes: build, insert, modify, update, remove, and the per-sheet call counts. */
import { inRealm, thrownMessage, withSheet } from './helpers';

const rows = [
  ['Månad', 'Antal'],
  ['2026-11', 3],
  ['2026-12', 1],
];
const sheet = `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')`;
const column = `${sheet}.newChart().setChartType(Charts.ChartType.COLUMN).addRange(${sheet}.getRange('A1:B3')).setPosition(1, 4, 0, 0).setOption('title', 'Antal per månad')`;

describe('embedded charts', () => {
  test('a built chart is on no sheet (no ID) until insertChart', () => {
    const bundle = withSheet(rows);
    expect(inRealm(bundle, `${column}.build().getChartId()`)).toBeNull();
    expect(bundle.env.spreadsheet.charts('Data')).toEqual([]);
    inRealm(bundle, `${sheet}.insertChart(${column}.build())`);
    expect(bundle.env.spreadsheet.charts('Data')).toEqual([
      { id: expect.any(Number), type: 'COLUMN', ranges: ['A1:B3'], anchor: { row: 1, column: 4 }, options: { title: 'Antal per månad' } },
    ]);
  });

  test('inserting a chart twice, or inserting a modified one, makes copies a test can see', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `var c = ${column}.build(); ${sheet}.insertChart(c); ${sheet}.insertChart(c);`);
    inRealm(bundle, `${sheet}.insertChart(${sheet}.getCharts()[0].modify().build())`);
    const ids = bundle.env.spreadsheet.charts('Data').map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
  });

  test('modify() changes nothing until updateChart; then the same chart (same ID) has the new range', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.insertChart(${column}.build())`);
    const [before] = bundle.env.spreadsheet.charts('Data');
    inRealm(bundle, `var b = ${sheet}.getCharts()[0].modify().clearRanges().addRange(${sheet}.getRange('A1:B2'));`);
    expect(bundle.env.spreadsheet.charts('Data')[0].ranges).toEqual(['A1:B3']);
    inRealm(bundle, `${sheet}.updateChart(${sheet}.getCharts()[0].modify().clearRanges().addRange(${sheet}.getRange('A1:B2')).build())`);
    expect(bundle.env.spreadsheet.charts('Data')).toEqual([{ ...before, ranges: ['A1:B2'] }]);
  });

  test('addRange ignores a range the chart already has', () => {
    const bundle = withSheet(rows);
    expect(inRealm(bundle, `${column}.addRange(${sheet}.getRange('A1:B3')).getRanges().length`)).toBe(1);
  });

  test('options and position read back through getOptions and getContainerInfo', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.insertChart(${column}.build())`);
    expect(inRealm(bundle, `var c = ${sheet}.getCharts()[0]; [c.getOptions().get('title'), c.getOptions().get('nope'), c.getContainerInfo().getAnchorColumn(), c.getRanges()[0].getA1Notation()].join('|')`)).toBe(
      'Antal per månad||4|A1:B3',
    );
  });

  test('updateChart and removeChart refuse a chart that is not on the sheet; a bad chart type is refused', () => {
    const bundle = withSheet(rows);
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.updateChart(${column}.build())`))).toMatch(/could not be found/);
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.removeChart(${column}.build())`))).toMatch(/could not be found/);
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.newChart().setChartType('DONUT')`))).toMatch(/Invalid argument/);
  });

  test('removeChart removes exactly that chart', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.insertChart(${column}.build()); ${sheet}.insertChart(${column}.setOption('title', 'Två').build());`);
    inRealm(bundle, `${sheet}.removeChart(${sheet}.getCharts()[0])`);
    expect(bundle.env.spreadsheet.charts('Data').map((c) => c.options.title)).toEqual(['Två']);
  });

  test('calls on a sheet, its ranges and its charts are counted per sheet', () => {
    const bundle = withSheet(rows);
    bundle.env.calls.reset();
    inRealm(bundle, `var s = ${sheet}; s.getRange('A1').getValue(); s.getCharts();`);
    expect(bundle.env.calls.bySheet()).toEqual({ Data: 3 });
  });
});
