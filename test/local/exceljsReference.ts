/**
 * The reference the fast reader is checked against: how the local app read a
 * workbook through exceljs before it read the XML itself (test only).
 */
import ExcelJS from 'exceljs';
import type { TransferCell, TransferFormat, TransferRule, TransferSheet } from '../../dev/fakes/spreadsheet/transfer';
import { pixelsOfWidth } from '../../dev/local/xlsx/widths';

export async function readWithExceljs(path: string): Promise<TransferSheet[]> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return excel.worksheets.map((ws) => readSheet(ws).sheet);
}

interface ForeignRule {
  ref: string;
  rule: ExcelJS.ConditionalFormattingRule;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial. exceljs hands dates over as the UTC instant of the serial. */
const UNIX_EPOCH_SERIAL = 25_569;

function serialOfExcelDate(date: Date): number {
  return Math.round((date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL) * 86_400) / 86_400;
}

function plainText(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value ?? '');
}

function readCell(cell: ExcelJS.Cell): TransferCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return cell.value as number | boolean;
    case ExcelJS.ValueType.Date:
      return { date: serialOfExcelDate(cell.value as Date) };
    case ExcelJS.ValueType.Formula:
      return { formula: `=${cell.formula}` };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return cell.value === '' ? null : String(cell.value);
    default:
      return plainText(cell.value) || null;
  }
}

function hexOfArgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') || undefined;
}

function readFormat(cell: ExcelJS.Cell): TransferFormat | null {
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

function readSheet(ws: ExcelJS.Worksheet): { sheet: TransferSheet; foreign: ForeignRule[] } {
  const cells: TransferSheet['cells'] = [];
  const formats: Array<[number, number, TransferFormat]> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: TransferSheet['cells'][number] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      line[c - 1] = readCell(cell);
      const format = readFormat(cell);
      if (format) formats.push([r, c, format]);
    });
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    cells[r - 1] = line;
  });
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
  while (cells.length && cells[cells.length - 1].every((cell) => cell === null)) cells.pop();

  const columnWidths: Array<[number, number]> = [];
  const columnCount = ws.columnCount;
  for (let c = 1; c <= columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (typeof width === 'number' && width > 0) columnWidths.push([c, pixelsOfWidth(width)]);
  }
  const frozen = (ws.views ?? []).find((view) => view.state === 'frozen') as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const { rules, foreign } = readConditionalRules(ws);
  return {
    sheet: {
      name: ws.name,
      cells,
      formats,
      columnWidths,
      frozenRows: frozen?.ySplit ?? 0,
      frozenColumns: frozen?.xSplit ?? 0,
      maxRows: ws.rowCount,
      maxColumns: columnCount,
      conditionalRules: rules,
    },
    foreign,
  };
}

/** Formula rules become the fake's CUSTOM_FORMULA rules (ST-koll recognises its own); the rest stay aside. */
function readConditionalRules(ws: ExcelJS.Worksheet): { rules: TransferRule[]; foreign: ForeignRule[] } {
  const entries: Array<{ priority: number; rule: TransferRule }> = [];
  const foreign: ForeignRule[] = [];
  const formattings = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  for (const { ref, rules } of formattings) {
    for (const rule of rules) {
      if (rule.type === 'expression' && rule.formulae?.length === 1) {
        const style = rule.style ?? {};
        const fill = style.fill as ExcelJS.FillPattern | undefined;
        const format = {
          background: hexOfArgb(fill?.bgColor ?? fill?.fgColor) ?? null,
          fontColor: hexOfArgb(style.font?.color) ?? null,
          bold: style.font?.bold ?? null,
          italic: style.font?.italic ?? null,
        };
        const transfer = { criteria: 'CUSTOM_FORMULA', values: [`=${String(rule.formulae[0])}`], ranges: ref.split(/\s+/), format };
        entries.push({ priority: rule.priority ?? entries.length + 1, rule: transfer });
      } else {
        foreign.push({ ref, rule });
      }
    }
  }
  entries.sort((a, b) => a.priority - b.priority);
  return { rules: entries.map((e) => e.rule), foreign };
}
