/**
 * The colours a conditional format gives a cell, as Sheets shows them: the
 * first rule (in the sheet's order) whose condition holds sets the format.
 * ST-koll's rules are custom formulas (`=$M2="Försenad"`,
 * `=AND(ISNUMBER($N2),$N2<TODAY())`, `=LEN($R2)>0`, `=OR($L2="Vilande",…)`);
 * this evaluates the small formula language they use — references relative to
 * the range's top-left cell, text and numbers, = <> < > <= >= + - & and
 * AND, OR, NOT, LEN, ISNUMBER, ISBLANK, TODAY. A formula outside it never colours.
 */
import type { TransferCell, TransferRule } from '../fakes/spreadsheet/transfer';

export interface CellColour {
  background?: string;
  color?: string;
  bold?: boolean;
}

type Value = string | number | boolean | null;
type Node =
  | { kind: 'lit'; value: Value }
  | { kind: 'ref'; row: number; col: number; absRow: boolean; absCol: boolean }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'bin'; op: string; left: Node; right: Node }
  | { kind: 'neg'; arg: Node };

const TOKEN = /\s*(?:("(?:[^"]|"")*")|(\d+(?:\.\d+)?)|(\$?[A-Z]{1,3}\$?\d+)|([A-Z][A-Z0-9.]*)\s*\(|(<>|<=|>=|[=<>+\-*/&(),]))/iy;

function tokenize(formula: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, '');
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) return text.slice(start).trim() === '' ? tokens : null;
    if (m[4]) tokens.push(`${m[4].toUpperCase()}(`);
    else tokens.push(m[1] ?? m[2] ?? m[3] ?? m[5]);
  }
  return tokens;
}

const PRECEDENCE: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4 };

function columnNumber(letters: string): number {
  return letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function parseFormula(formula: string): Node | null {
  const tokens = tokenize(formula);
  if (!tokens) return null;
  let i = 0;
  const primary = (): Node => {
    const t = tokens[i++];
    if (t === undefined) throw new Error('end');
    if (t === '(') {
      const inner = expression(0);
      if (tokens[i++] !== ')') throw new Error(')');
      return inner;
    }
    if (t === '-') return { kind: 'neg', arg: primary() };
    if (t.startsWith('"')) return { kind: 'lit', value: t.slice(1, -1).replace(/""/g, '"') };
    if (/^\d/.test(t)) return { kind: 'lit', value: Number(t) };
    if (t.endsWith('(')) {
      const args: Node[] = [];
      if (tokens[i] === ')') i++;
      else {
        for (;;) {
          args.push(expression(0));
          const sep = tokens[i++];
          if (sep === ')') break;
          if (sep !== ',') throw new Error(',');
        }
      }
      return { kind: 'call', name: t.slice(0, -1), args };
    }
    const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i.exec(t);
    if (ref) return { kind: 'ref', absCol: ref[1] === '$', col: columnNumber(ref[2].toUpperCase()), absRow: ref[3] === '$', row: Number(ref[4]) };
    if (/^(TRUE|FALSE)$/i.test(t)) return { kind: 'lit', value: t.toUpperCase() === 'TRUE' };
    throw new Error(t);
  };
  const expression = (min: number): Node => {
    let left = primary();
    for (;;) {
      const op = tokens[i];
      const p = op === undefined ? undefined : PRECEDENCE[op];
      if (p === undefined || p < min) break;
      i++;
      left = { kind: 'bin', op, left, right: expression(p + 1) };
    }
    return left;
  };
  try {
    const node = expression(0);
    return i === tokens.length ? node : null;
  } catch {
    return null;
  }
}

interface Scope {
  cell(row: number, col: number): Value;
  today: number;
}

function asNumber(v: Value): number | null {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null;
}

function compare(op: string, a: Value, b: Value): boolean {
  const x = a ?? (typeof b === 'string' ? '' : 0);
  const y = b ?? (typeof a === 'string' ? '' : 0);
  const order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === 'number' ? -1 : 1;
  const eq = typeof x === 'string' && typeof y === 'string' ? x.toLowerCase() === y.toLowerCase() : x === y;
  switch (op) {
    case '=': return eq;
    case '<>': return !eq;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    default: return order >= 0;
  }
}

function evaluate(node: Node, scope: Scope, dRow: number, dCol: number): Value {
  switch (node.kind) {
    case 'lit':
      return node.value;
    case 'ref':
      return scope.cell(node.absRow ? node.row : node.row + dRow, node.absCol ? node.col : node.col + dCol);
    case 'neg':
      return -(asNumber(evaluate(node.arg, scope, dRow, dCol)) ?? 0);
    case 'bin': {
      const a = evaluate(node.left, scope, dRow, dCol);
      const b = evaluate(node.right, scope, dRow, dCol);
      if (node.op === '&') return `${a ?? ''}${b ?? ''}`;
      if ('+-*/'.includes(node.op)) {
        const [x, y] = [asNumber(a) ?? 0, asNumber(b) ?? 0];
        return node.op === '+' ? x + y : node.op === '-' ? x - y : node.op === '*' ? x * y : y === 0 ? null : x / y;
      }
      return compare(node.op, a, b);
    }
    case 'call': {
      const args = () => node.args.map((arg) => evaluate(arg, scope, dRow, dCol));
      switch (node.name) {
        case 'AND': return args().every((v) => v === true || (typeof v === 'number' && v !== 0));
        case 'OR': return args().some((v) => v === true || (typeof v === 'number' && v !== 0));
        case 'NOT': return !args()[0];
        case 'LEN': return String(args()[0] ?? '').length;
        case 'ISNUMBER': return typeof args()[0] === 'number';
        case 'ISBLANK': return args()[0] === null || args()[0] === '';
        case 'TODAY': return scope.today;
        default: throw new Error(`unsupported ${node.name}`);
      }
    }
  }
}

function plain(cell: TransferCell | undefined): Value {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return 'date' in cell ? cell.date : null;
  return cell;
}

function parseRange(a1: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(a1);
  if (!m) return null;
  const [col, row] = [columnNumber(m[1].toUpperCase()), Number(m[2])];
  const [col2, row2] = m[3] ? [columnNumber(m[3].toUpperCase()), Number(m[4])] : [col, row];
  return { row, col, rows: row2 - row + 1, cols: col2 - col + 1 };
}

/** Colours by [row][col] (0-based, like `cells`) for the rules that apply; the rest undefined. */
export function conditionalColours(cells: TransferCell[][], rules: TransferRule[], todaySerial: number): (CellColour | undefined)[][] {
  const out: (CellColour | undefined)[][] = cells.map(() => []);
  const scope: Scope = { cell: (r, c) => plain(cells[r - 1]?.[c - 1]), today: todaySerial };
  for (const rule of rules) {
    if (rule.criteria !== 'CUSTOM_FORMULA') continue;
    const node = parseFormula(String(rule.values[0] ?? ''));
    if (!node) continue;
    const colour: CellColour = {
      ...(rule.format.background ? { background: rule.format.background } : {}),
      ...(rule.format.fontColor ? { color: rule.format.fontColor } : {}),
      ...(rule.format.bold ? { bold: true } : {}),
    };
    for (const a1 of rule.ranges) {
      const range = parseRange(a1);
      if (!range) continue;
      const lastRow = Math.min(range.row + range.rows - 1, cells.length);
      for (let r = range.row; r <= lastRow; r++) {
        for (let c = range.col; c < range.col + range.cols; c++) {
          if (out[r - 1][c - 1]) continue;
          let holds: Value = false;
          try {
            holds = evaluate(node, scope, r - range.row, c - range.col);
          } catch {
            holds = false;
          }
          if (holds === true) out[r - 1][c - 1] = colour;
        }
      }
    }
  }
  return out;
}
