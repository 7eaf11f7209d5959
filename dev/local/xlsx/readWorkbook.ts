/**
 * Opens an .xlsx file with exceljs and turns it into the fake's typed sheets.
 * A missing, non-.xlsx or unreadable file is a LocalFileError with one Swedish
 * sentence; nothing is ever written here.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { TransferFormat, TransferRule, TransferSheet } from '../../fakes/spreadsheet/transfer';
import { LocalFileError } from '../errors';
import { LOCAL_TEXT as T } from '../texts';
import { readCell } from './cellValues';
import { hexOfArgb, pixelsOfWidth, readFormat } from './formats';

/** A conditional format the fake cannot hold (colour scales, data bars…): kept as it is in the file. */
export interface ForeignRule {
  ref: string;
  rule: ExcelJS.ConditionalFormattingRule;
}

export interface OpenedWorkbook {
  excel: ExcelJS.Workbook;
  sheets: TransferSheet[];
  foreignRules: Map<string, ForeignRule[]>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The file's bytes, or the Swedish reason it cannot be an .xlsx. */
export function readXlsxBytes(path: string): Buffer {
  const name = basename(path);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new LocalFileError(T.missing(name), 'missing');
  }
  if (!isFile || !/\.xlsx$/i.test(path)) throw new LocalFileError(T.notXlsx(name), 'notXlsx');
  const bytes = readFileSync(path);
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new LocalFileError(T.corrupt(name), 'corrupt');
  return bytes;
}

export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  const bytes = readXlsxBytes(path);
  const excel = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new LocalFileError(T.corrupt(basename(path)), 'corrupt');
  }
  if (excel.worksheets.length === 0) throw new LocalFileError(T.corrupt(basename(path)), 'corrupt');
  const foreignRules = new Map<string, ForeignRule[]>();
  const sheets = excel.worksheets.map((ws) => {
    const { sheet, foreign } = readSheet(ws);
    foreignRules.set(ws.name, foreign);
    return sheet;
  });
  return { excel, sheets, foreignRules };
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
