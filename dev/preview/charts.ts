/**
 * The preview draws a sheet's embedded charts as SVG from the cells they
 * point at (the same geometry as the sidebar's chart, src/shared/barChart.ts),
 * so `npm start` shows Översikt with its two column charts.
 */
import type { SpreadsheetInspector } from '../fakes/spreadsheet/inspect';
import { barChartText, layoutBars, type BarInput } from '../../src/shared/barChart';
import { html, type SafeHtml } from './html';

export interface PreviewChart {
  title: string;
  bars: BarInput[];
}

const WIDTH = 420;
const HEIGHT = 200;

/** A1 such as 'J1:K13' → the label and count columns under the header row. */
function barsOf(cells: unknown[][], a1: string): BarInput[] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!match) return [];
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [first, firstRow, , lastRow] = [column(match[1]), Number(match[2]), column(match[3]), Number(match[4])];
  const bars: BarInput[] = [];
  for (let r = firstRow + 1; r <= lastRow; r++) {
    const line = cells[r - 1] ?? [];
    bars.push({ label: String(line[first - 1] ?? ''), count: Number(line[first]) || 0 });
  }
  return bars;
}

export function chartsOf(spreadsheet: SpreadsheetInspector, sheet: string): PreviewChart[] {
  const charts = spreadsheet.charts(sheet);
  if (charts.length === 0) return [];
  const cells = spreadsheet.cells(sheet);
  return charts.map((c) => ({ title: String(c.options.title ?? ''), bars: c.ranges.length ? barsOf(cells, c.ranges[0]) : [] }));
}

export function chartSvg(chart: PreviewChart): SafeHtml {
  const layout = layoutBars(chart.bars, WIDTH, HEIGHT);
  return html`<figure class="chart"><figcaption>${chart.title}</figcaption>
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${barChartText(chart.title, chart.bars)}">
<line x1="0" x2="${WIDTH}" y1="${layout.baseline}" y2="${layout.baseline}" stroke="#dadce0"></line>
${layout.bars.map(
  (b) => html`<g><title>${b.label}: ${b.count}</title><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="#1a73e8"></rect>${
    b.count > 0 ? html`<text x="${b.x + b.width / 2}" y="${b.valueY}" text-anchor="middle" font-size="10">${b.count}</text>` : ''
  }<text x="${b.x + b.width / 2}" y="${layout.baseline + 12}" text-anchor="middle" font-size="9" fill="#5f6368">${b.label}</text></g>`,
)}
</svg></figure>`;
}
