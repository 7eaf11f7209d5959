/**
 * The geometry of a small column chart, shared by the sidebar (DOM) and the
 * local preview (an SVG string), so both draw the same bars from the same
 * counts. Plain numbers only: no DOM, no library.
 */

export interface BarInput {
  label: string;
  count: number;
}

export interface Bar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count is written, above the bar. */
  valueY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  /** The baseline of the bars; labels go below it. */
  baseline: number;
  bars: Bar[];
}

const TOP = 14;
const BOTTOM = 30;
const GAP = 0.25;

/** Bars scaled to the largest count; an all-zero chart keeps a flat baseline. */
export function layoutBars(rows: readonly BarInput[], width: number, height: number): BarChartLayout {
  const baseline = height - BOTTOM;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const slot = rows.length ? width / rows.length : width;
  const barWidth = slot * (1 - GAP);
  const bars = rows.map((row, i) => {
    const barHeight = Math.round(((baseline - TOP) * row.count) / max);
    const y = baseline - barHeight;
    return { ...row, x: round(i * slot + (slot - barWidth) / 2), y, width: round(barWidth), height: barHeight, valueY: y - 3 };
  });
  return { width, height, baseline, bars };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The text alternative: every label with its count, in order. */
export function barChartText(title: string, rows: readonly BarInput[]): string {
  return `${title}: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}`;
}
