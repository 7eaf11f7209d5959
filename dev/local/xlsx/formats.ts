/**
 * Cell formats between exceljs styles and the fake's per-cell formats: number
 * format, fill, font colour/weight/style, wrap, alignment, note. Colours are
 * '#rrggbb' in the fake and 'FFRRGGBB' (ARGB) in the file; theme colours have
 * no fake equivalent and are left alone (an untouched cell is never rewritten).
 */
import type ExcelJS from 'exceljs';
import type { TransferFormat } from '../../fakes/spreadsheet/transfer';

export function hexOfArgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

export function argbOfHex(hex: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') || undefined;
}

export function readFormat(cell: ExcelJS.Cell): TransferFormat | null {
  const out: TransferFormat = {};
  if (cell.numFmt) out.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const background = hexOfArgb(fill.fgColor);
    if (background) out.background = background;
  }
  const font = cell.font;
  if (font?.bold) out.fontWeight = 'bold';
  if (font?.italic) out.fontStyle = 'italic';
  const fontColor = hexOfArgb(font?.color);
  if (fontColor) out.fontColor = fontColor;
  if (cell.alignment?.wrapText) out.wrap = true;
  if (cell.alignment?.horizontal) out.horizontalAlignment = cell.alignment.horizontal;
  const note = noteText(cell.note);
  if (note) out.note = note;
  return Object.keys(out).length ? out : null;
}

/** Writes the aspects that differ between `before` and `after` onto the cell, nothing else. */
export function writeFormat(cell: ExcelJS.Cell, before: TransferFormat | undefined, after: TransferFormat | undefined): void {
  const was = before ?? {};
  const now = after ?? {};
  if (was.numberFormat !== now.numberFormat) cell.numFmt = now.numberFormat ?? 'General';
  if (was.background !== now.background) {
    const argb = now.background ? argbOfHex(now.background) : null;
    cell.fill = argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : { type: 'pattern', pattern: 'none' };
  }
  if (was.fontWeight !== now.fontWeight || was.fontStyle !== now.fontStyle || was.fontColor !== now.fontColor) {
    const argb = now.fontColor ? argbOfHex(now.fontColor) : null;
    const font: Partial<ExcelJS.Font> = { ...cell.font, bold: now.fontWeight === 'bold', italic: now.fontStyle === 'italic' };
    if (argb) font.color = { argb };
    else delete font.color;
    cell.font = font;
  }
  if (was.wrap !== now.wrap || was.horizontalAlignment !== now.horizontalAlignment) {
    const horizontal = now.horizontalAlignment as ExcelJS.Alignment['horizontal'] | undefined;
    cell.alignment = { ...cell.alignment, wrapText: now.wrap === true, horizontal };
  }
  if (was.note !== now.note) cell.note = now.note ?? '';
}

/** Excel column width (characters of the default font) ⇄ Sheets pixels. */
export function pixelsOfWidth(width: number): number {
  return Math.round(width * 7 + 5);
}

export function widthOfPixels(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}
