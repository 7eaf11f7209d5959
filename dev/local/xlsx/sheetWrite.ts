/**
 * A worksheet part patched in place: only the rows holding a changed cell are
 * rebuilt (and in them only the changed <c> elements); the other rows, and
 * every element ST-koll does not write (merges, hyperlinks, drawings, foreign
 * conditional formats…), stay the text the file had.
 */
import type { TransferRule } from '../../fakes/spreadsheet/transfer';
import { cellXml, isDateValue } from './cellValues';
import type { CellChange, SheetChanges, ValidationRun } from './changes';
import { Kind, isFakeRule, readCellTag, rowNumber, slideFormula, type CellTag } from './sheetRead';
import type { DateKind, StyleBook } from './styles';
import { TopLevel, WORKSHEET_ORDER } from './topLevel';
import { widthOfPixels } from './widths';
import {
  attributes,
  childElements,
  decodeEntities,
  elementEnd,
  escapeAttr,
  escapeXml,
  findElement,
  parseBox,
  refOf,
  tagEnd,
  withAttributes,
  type CellBox,
} from './xml';

export interface WriteContext {
  styles: StyleBook;
  date1904: boolean;
}

export interface PatchResult {
  top: TopLevel;
  /** A formula was written (the workbook must recalculate on open). */
  formulas: boolean;
}

export const NEW_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

export function patchWorksheet(xml: string, changes: SheetChanges, ctx: WriteContext): PatchResult {
  const top = TopLevel.parse(xml, 'worksheet', WORKSHEET_ORDER);
  const p = top.prefix;
  let formulas = false;
  if (changes.cells.length) {
    const data = top.find('sheetData');
    const cols = readCols(top, p);
    const cells = [...changes.cells].sort((a, b) => a.row - b.row || a.col - b.col);
    const patched = patchSheetData(data ? data.text : `<${p}sheetData/>`, p, cells, ctx, (col) => styleOfColumn(cols, col));
    top.set('sheetData', patched.text);
    formulas = patched.formulas;
    growDimension(top, p, changes.cells);
  }
  if (changes.widths.length) patchCols(top, p, changes.widths);
  if (changes.frozen) patchFrozen(top, p, changes.frozen.rows, changes.frozen.cols);
  if (changes.rules) patchRules(top, p, changes.rules, ctx.styles);
  if (changes.validations) patchValidations(top, p, changes.validations.before, changes.validations.after);
  return { top, formulas };
}

// --- cells -------------------------------------------------------------------

interface OldCell {
  col: number;
  start: number;
  end: number;
  style: number;
}

interface SharedMaster {
  si: string;
  formula: string;
  row: number;
  col: number;
  box: CellBox;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function findNamed(text: string, open: string, from: number, limit: number): number {
  for (let at = text.indexOf(open, from); at !== -1 && at < limit; at = text.indexOf(open, at + 1)) {
    if (isNameEnd(text.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

function patchSheetData(text: string, p: string, changes: CellChange[], ctx: WriteContext, columnStyle: (col: number) => number): { text: string; formulas: boolean } {
  let data = text;
  const openEnd = tagEnd(data, 0);
  if (data.charCodeAt(openEnd - 1) === 47) data = `${data.slice(0, openEnd - 1).replace(/\s+$/, '')}></${p}sheetData>${data.slice(openEnd + 1)}`;
  const contentStart = tagEnd(data, 0) + 1;
  const contentEnd = data.lastIndexOf(`</${p}sheetData>`);
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const masters: SharedMaster[] = [];
  const state = { formulas: false };
  const out: string[] = [];
  let copied = 0;
  let next = 0;
  let at = contentStart;
  let implicit = 0;
  const pendingBelow = (row: number) => masters.some((m) => m.box.bottom > row);

  while (next < changes.length || pendingBelow(implicit)) {
    const rowAt = findNamed(data, rowOpen, at, contentEnd);
    if (rowAt === -1) break;
    const rowTagEnd = tagEnd(data, rowAt);
    const row = rowNumber(data, rowAt, rowTagEnd) ?? implicit + 1;
    implicit = row;
    const rowEnd = data.charCodeAt(rowTagEnd - 1) === 47 ? rowTagEnd + 1 : data.indexOf(rowClose, rowTagEnd) + rowClose.length;
    while (next < changes.length && changes[next].row < row) {
      const group = takeRow(changes, next);
      out.push(data.slice(copied, rowAt), newRow(p, group, ctx, columnStyle, state));
      copied = rowAt;
      next += group.length;
    }
    const group = next < changes.length && changes[next].row === row ? takeRow(changes, next) : [];
    next += group.length;
    if (group.length || masters.some((m) => m.box.top <= row && row <= m.box.bottom)) {
      out.push(data.slice(copied, rowAt), rewriteRow(data, p, rowAt, rowTagEnd, rowEnd, row, group, masters, ctx, columnStyle, state));
      copied = rowEnd;
    }
    at = rowEnd;
  }
  while (next < changes.length) {
    const group = takeRow(changes, next);
    out.push(data.slice(copied, contentEnd), newRow(p, group, ctx, columnStyle, state));
    copied = contentEnd;
    next += group.length;
  }
  out.push(data.slice(copied));
  return { text: out.join(''), formulas: state.formulas };
}

function takeRow(changes: CellChange[], from: number): CellChange[] {
  let end = from;
  while (end < changes.length && changes[end].row === changes[from].row) end++;
  return changes.slice(from, end);
}

function newRow(p: string, group: CellChange[], ctx: WriteContext, columnStyle: (col: number) => number, state: { formulas: boolean }): string {
  const row = group[0].row;
  const cells = group.map((change) => changedCell(p, change, columnStyle(change.col), null, ctx, state)).join('');
  return cells ? `<${p}row r="${row}">${cells}</${p}row>` : '';
}

function rewriteRow(
  data: string,
  p: string,
  start: number,
  tagEndAt: number,
  end: number,
  row: number,
  group: CellChange[],
  masters: SharedMaster[],
  ctx: WriteContext,
  columnStyle: (col: number) => number,
  state: { formulas: boolean },
): string {
  const rowTag = data.slice(start, tagEndAt + 1);
  const rowAttrs = rowTag.includes('customFormat') ? attributes(rowTag, 0) : {};
  const rowStyle = rowAttrs.customFormat && rowAttrs.customFormat !== '0' && rowAttrs.s ? Number(rowAttrs.s) : null;
  const old = readRowCells(data, p, tagEndAt + 1, end);
  const byColumn = new Map(group.map((change) => [change.col, change]));
  const pieces: Array<{ col: number; xml: string }> = [];
  for (const cell of old) {
    const raw = data.slice(cell.start, cell.end);
    const change = byColumn.get(cell.col);
    if (!change) {
      pieces.push({ col: cell.col, xml: materialised(raw, p, row, cell.col, masters) });
      continue;
    }
    byColumn.delete(cell.col);
    if ('value' in change) noteMaster(raw, p, row, cell.col, masters);
    pieces.push({ col: cell.col, xml: changedCell(p, change, cell.style, raw, ctx, state) });
  }
  for (const change of byColumn.values()) pieces.push({ col: change.col, xml: changedCell(p, change, rowStyle ?? columnStyle(change.col), null, ctx, state) });
  pieces.sort((a, b) => a.col - b.col);
  const open = rowTag.includes('spans') ? withAttributes(rowTag.replace(/\s*\/>$/, '>'), { spans: null }) : rowTag.replace(/\s*\/>$/, '>');
  return `${open}${pieces.map((piece) => piece.xml).join('')}</${p}row>`;
}

function readRowCells(data: string, p: string, from: number, to: number): OldCell[] {
  const cells: OldCell[] = [];
  const open = `<${p}c`;
  const close = `</${p}c>`;
  const tag: CellTag = { col: 0, s: 0, kind: Kind.Number, end: 0, empty: false };
  let col = 0;
  for (let at = findNamed(data, open, from, to); at !== -1; at = findNamed(data, open, at + 1, to)) {
    readCellTag(data, at, tag);
    col = tag.col || col + 1;
    const end = tag.empty ? tag.end + 1 : data.indexOf(close, tag.end) + close.length;
    cells.push({ col, start: at, end, style: tag.s });
    at = end - 1;
  }
  return cells;
}

/** The shared formula a cell about to be overwritten is the master of: its other cells need their own formula. */
function noteMaster(raw: string, p: string, row: number, col: number, masters: SharedMaster[]): void {
  const f = findElement(raw, `${p}f`, 0);
  if (f === -1) return;
  const end = tagEnd(raw, f);
  const a = attributes(raw, f, end);
  if (a.t !== 'shared' || a.ref === undefined || a.si === undefined || raw.charCodeAt(end - 1) === 47) return;
  const box = parseBox(a.ref);
  if (!box) return;
  masters.push({ si: a.si, formula: decodeEntities(raw.slice(end + 1, raw.indexOf(`</${p}f>`, end))), row, col, box });
}

/** A cell sharing the formula of an overwritten master gets the formula written out (its cached value stays). */
function materialised(raw: string, p: string, row: number, col: number, masters: SharedMaster[]): string {
  if (masters.length === 0) return raw;
  const f = findElement(raw, `${p}f`, 0);
  if (f === -1) return raw;
  const end = tagEnd(raw, f);
  const a = attributes(raw, f, end);
  const master = a.t === 'shared' && a.ref === undefined ? masters.find((m) => m.si === a.si) : undefined;
  if (!master) return raw;
  const after = raw.charCodeAt(end - 1) === 47 ? end + 1 : elementEnd(raw, f, `${p}f`);
  return `${raw.slice(0, f)}<${p}f>${escapeXml(slideFormula(master.formula, master, { row, col }))}</${p}f>${raw.slice(after)}`;
}

function dateKind(change: CellChange): DateKind {
  const value = change.value;
  if (value === undefined || !isDateValue(value)) return null;
  return value.date % 1 === 0 ? 'date' : 'dateTime';
}

/** The <c> for a changed cell ('' when it ends up with neither value nor style). */
function changedCell(p: string, change: CellChange, style: number, raw: string | null, ctx: WriteContext, state: { formulas: boolean }): string {
  const ref = refOf(change.row, change.col);
  const s = ctx.styles.derive(style, change.format?.was, change.format?.now, dateKind(change));
  if ('value' in change) {
    const value = change.value ?? null;
    if (value !== null && typeof value === 'object' && 'formula' in value) state.formulas = true;
    return cellXml(ref, s, value, ctx.date1904, p);
  }
  if (raw === null) return s ? `<${p}c r="${ref}" s="${s}"/>` : '';
  const open = tagEnd(raw, 0);
  return withAttributes(raw.slice(0, open + 1), { s: s ? String(s) : null }) + raw.slice(open + 1);
}

function growDimension(top: TopLevel, p: string, cells: CellChange[]): void {
  const written = cells.filter((c) => c.value !== undefined && c.value !== null);
  if (written.length === 0) return;
  const item = top.find('dimension');
  const current = item ? parseBox(attributes(item.text, 0).ref ?? '') : null;
  const box = current ?? { top: written[0].row, left: written[0].col, bottom: written[0].row, right: written[0].col };
  for (const c of written) {
    box.top = Math.min(box.top, c.row);
    box.bottom = Math.max(box.bottom, c.row);
    box.left = Math.min(box.left, c.col);
    box.right = Math.max(box.right, c.col);
  }
  const ref = box.top === box.bottom && box.left === box.right ? refOf(box.top, box.left) : `${refOf(box.top, box.left)}:${refOf(box.bottom, box.right)}`;
  top.set('dimension', `<${p}dimension ref="${ref}"/>`);
}

// --- columns ---------------------------------------------------------------------

interface Col {
  min: number;
  max: number;
  tag: string;
}

function readCols(top: TopLevel, p: string): Col[] {
  const item = top.find('cols');
  if (!item) return [];
  const cols: Col[] = [];
  const open = tagEnd(item.text, 0);
  if (item.text.charCodeAt(open - 1) === 47) return cols;
  for (const child of childElements(item.text, open + 1, item.text.lastIndexOf(`</${p}cols>`))) {
    if (child.name !== 'col') continue;
    const a = attributes(item.text, child.start);
    cols.push({ min: Number(a.min), max: Number(a.max ?? a.min), tag: item.text.slice(child.start, tagEnd(item.text, child.start) + 1).replace(/\s*\/?>$/, '/>') });
  }
  return cols;
}

function styleOfColumn(cols: Col[], col: number): number {
  const found = cols.find((c) => c.min <= col && col <= c.max);
  return found ? Number(attributes(found.tag, 0).style ?? 0) : 0;
}

function patchCols(top: TopLevel, p: string, widths: Array<[number, number]>): void {
  let cols = readCols(top, p);
  for (const [col, px] of widths) {
    const width = String(widthOfPixels(px));
    const at = cols.findIndex((c) => c.min <= col && col <= c.max);
    if (at === -1) {
      cols.push({ min: col, max: col, tag: `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>` });
      continue;
    }
    const found = cols[at];
    const pieces: Col[] = [];
    if (found.min < col) pieces.push({ min: found.min, max: col - 1, tag: withAttributes(found.tag, { max: String(col - 1) }) });
    pieces.push({ min: col, max: col, tag: withAttributes(found.tag, { min: String(col), max: String(col), width, customWidth: '1' }) });
    if (col < found.max) pieces.push({ min: col + 1, max: found.max, tag: withAttributes(found.tag, { min: String(col + 1) }) });
    cols = [...cols.slice(0, at), ...pieces, ...cols.slice(at + 1)];
  }
  cols.sort((a, b) => a.min - b.min);
  top.set('cols', `<${p}cols>${cols.map((c) => c.tag).join('')}</${p}cols>`);
}

// --- frozen panes ----------------------------------------------------------------

function patchFrozen(top: TopLevel, p: string, rows: number, cols: number): void {
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const pane =
    rows || cols
      ? `<${p}pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${refOf(rows + 1, cols + 1)}" activePane="${active}" state="frozen"/>`
      : '';
  const views = top.find('sheetViews');
  if (!views) {
    if (pane) top.set('sheetViews', `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`);
    return;
  }
  const text = views.text;
  const view = findElement(text, `${p}sheetView`, 1);
  if (view === -1) return;
  const viewOpen = tagEnd(text, view);
  if (text.charCodeAt(viewOpen - 1) === 47) {
    views.text = `${text.slice(0, viewOpen - 1).replace(/\s+$/, '')}>${pane}</${p}sheetView>${text.slice(viewOpen + 1)}`;
    return;
  }
  const viewEnd = text.indexOf(`</${p}sheetView>`, viewOpen);
  const inner = childElements(text, viewOpen + 1, viewEnd)
    .filter((child) => child.name !== 'pane' && !(child.name === 'selection' && (attributes(text, child.start).pane ?? 'topLeft') !== 'topLeft'))
    .map((child) => text.slice(child.start, child.end))
    .join('');
  views.text = `${text.slice(0, viewOpen + 1)}${pane}${inner}${text.slice(viewEnd)}`;
}

// --- conditional formats ------------------------------------------------------------

function patchRules(top: TopLevel, p: string, rules: TransferRule[], styles: StyleBook): void {
  const kept: string[] = [];
  let priority = 0;
  for (const block of top.all('conditionalFormatting')) {
    const text = block.text;
    const open = tagEnd(text, 0);
    const all = childElements(text, open + 1, text.lastIndexOf('</'));
    const foreign = all.filter((child) => child.name !== 'cfRule' || !isFakeRule(text, child, p));
    for (const child of foreign) priority = Math.max(priority, Number(attributes(text, child.start).priority ?? 0) || 0);
    if (!foreign.some((child) => child.name === 'cfRule')) continue;
    kept.push(foreign.length === all.length ? text : `${text.slice(0, open + 1)}${foreign.map((c) => text.slice(c.start, c.end)).join('')}</${p}conditionalFormatting>`);
  }
  const ours = rules.flatMap((rule) => {
    const formula = rule.criteria === 'CUSTOM_FORMULA' ? String(rule.values[0] ?? '') : '';
    if (!formula || rule.ranges.length === 0) return [];
    priority++;
    return [
      `<${p}conditionalFormatting sqref="${escapeAttr(rule.ranges.join(' '))}"><${p}cfRule type="expression" dxfId="${styles.dxfFor(rule.format)}" priority="${priority}">` +
        `<${p}formula>${escapeXml(formula.replace(/^=/, ''))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    ];
  });
  top.setAll('conditionalFormatting', [...kept, ...ours]);
}

// --- data validations ----------------------------------------------------------------

/** Excel limits a literal list to 255 characters; a longer list stays a check in ST-koll only. */
function listFormula(run: ValidationRun): string | null {
  if (run.criteria !== 'VALUE_IN_LIST' || !Array.isArray(run.values[0])) return null;
  const list = (run.values[0] as unknown[]).map((v) => String(v).replace(/"/g, '""')).join(',');
  return list.length > 253 ? null : `"${list}"`;
}

/**
 * Value lists become Excel dropdowns. A validation in the file whose cells
 * all lie in a range ST-koll writes or wrote (a dropdown of an earlier session
 * over fewer rows) is replaced; any other validation of the file stays.
 */
function patchValidations(top: TopLevel, p: string, before: ValidationRun[], after: ValidationRun[]): void {
  const ours = [...before, ...after].filter((run) => listFormula(run) !== null).map((run) => parseBox(run.range)).filter((box): box is CellBox => box !== null);
  const inside = (box: CellBox) => ours.some((o) => o.top <= box.top && box.bottom <= o.bottom && o.left <= box.left && box.right <= o.right);
  const kept: string[] = [];
  const item = top.find('dataValidations');
  if (item) {
    const open = tagEnd(item.text, 0);
    if (item.text.charCodeAt(open - 1) !== 47) {
      for (const child of childElements(item.text, open + 1, item.text.lastIndexOf('</'))) {
        const boxes = (attributes(item.text, child.start).sqref ?? '').split(/\s+/).filter(Boolean).map(parseBox);
        const replaced = child.name === 'dataValidation' && boxes.length > 0 && boxes.every((box) => box !== null && inside(box));
        if (!replaced) kept.push(item.text.slice(child.start, child.end));
      }
    }
  }
  for (const run of after) {
    const formula = listFormula(run);
    if (formula === null) continue;
    const prompt = run.helpText ? ` showInputMessage="1" prompt="${escapeAttr(run.helpText)}"` : '';
    const strict = run.allowInvalid ? '' : ' showErrorMessage="1"';
    kept.push(`<${p}dataValidation type="list" allowBlank="1"${prompt}${strict} sqref="${escapeAttr(run.range)}"><${p}formula1>${escapeXml(formula)}</${p}formula1></${p}dataValidation>`);
  }
  top.setAll('dataValidations', kept.length ? [`<${p}dataValidations count="${kept.length}">${kept.join('')}</${p}dataValidations>`] : []);
}
