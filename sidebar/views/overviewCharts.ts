/**
 * The overview's pictures and per-unit numbers (PRODUCT.md §8): the annual
 * check-ins of the next 12 months as a small column chart in inline SVG, with
 * its numbers as the text alternative, and a compact table per Enhet.
 */
import { barChartText, layoutBars, type BarInput } from '../../src/shared/barChart';
import type { GroupCountsDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, uniqueId } from '../dom';

const T = SIDEBAR_TEXT.overview;
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 280;
const HEIGHT = 130;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `2026-11` → `nov` under the bar; the full label stays in the text alternative. */
function shortMonth(label: string): string {
  const month = Number(label.slice(5, 7));
  return T.monthAbbreviations[month - 1] ?? label;
}

export function checkInChart(rows: readonly BarInput[]): HTMLElement {
  const titleId = uniqueId('chart-title');
  const layout = layoutBars(rows, WIDTH, HEIGHT);
  const picture = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': barChartText(T.checkInsTitle, rows), class: 'bar-chart' });
  picture.appendChild(svg('line', { x1: 0, x2: WIDTH, y1: layout.baseline, y2: layout.baseline, class: 'bar-axis' }));
  for (const bar of layout.bars) {
    const group = svg('g', { class: 'bar' });
    group.appendChild(svg('title', {}, `${bar.label}: ${bar.count}`));
    group.appendChild(svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: Math.max(bar.height, 0), rx: 2 }));
    const middle = bar.x + bar.width / 2;
    if (bar.count > 0) group.appendChild(svg('text', { x: middle, y: bar.valueY, class: 'bar-value' }, String(bar.count)));
    group.appendChild(svg('text', { x: middle, y: layout.baseline + 12, class: 'bar-label' }, shortMonth(bar.label)));
    picture.appendChild(group);
  }
  return el(
    'figure',
    { className: 'chart', attrs: { 'aria-labelledby': titleId } },
    el('figcaption', { id: titleId, className: 'section-heading' }, T.checkInsTitle),
    picture,
  );
}

/** Enhet, Aktiva, Försenad, Snart, Datafel: the columns that fit a sidebar. */
export function unitTable(units: readonly GroupCountsDto[]): HTMLElement {
  const headingId = uniqueId('units-heading');
  const header = el('tr', null, ...T.unitColumns.map((label) => el('th', { attrs: { scope: 'col' } }, label)));
  const lines = units.map((u) =>
    el(
      'tr',
      { className: u.label === T.totalLabel ? 'total' : '' },
      el('th', { attrs: { scope: 'row' } }, u.label),
      el('td', null, u.active),
      el('td', { className: u.overdue > 0 ? 'danger' : '' }, u.overdue),
      el('td', null, u.soon),
      el('td', { className: u.dataErrors > 0 ? 'danger' : '' }, u.dataErrors),
    ),
  );
  return el(
    'section',
    { className: 'section units', attrs: { 'aria-labelledby': headingId } },
    el('h2', { id: headingId, className: 'section-heading' }, T.unitsHeading),
    el('table', { className: 'unit-table' }, el('thead', null, header), el('tbody', null, ...lines)),
  );
}
