/** The flags of `npm start` and `st-koll check` (PRODUCT.md §5); a bad flag is one Swedish line. */
import { isCalendarDay } from '../preview/cellEdit';
import { LOCAL_TEXT as T } from './texts';

export interface StartArgs {
  help: boolean;
  workbook: string | null;
  port: number | null;
  today: string | null;
}

export interface CheckArgs {
  help: boolean;
  workbook: string | null;
  today: string | null;
  json: boolean;
}

export type Parsed<T> = { ok: true; args: T } | { ok: false; message: string };

function takeValue(argv: string[], i: number, flag: string): string | null {
  const value = argv[i + 1];
  return value === undefined || value.startsWith('--') ? null : value;
}

function parse<T extends { help: boolean; today: string | null }>(argv: string[], initial: T, handle: (flag: string, value: () => string | null, args: T) => string | 'consumed' | 'flag' | null, positional: (value: string, args: T) => string | null): Parsed<T> {
  const args = { ...initial };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const [flag, inline] = raw.startsWith('--') && raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, null];
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    if (!flag.startsWith('-')) {
      const problem = positional(flag, args);
      if (problem) return { ok: false, message: problem };
      continue;
    }
    let used = false;
    const value = () => {
      if (inline !== null) return inline;
      const v = takeValue(argv, i, flag);
      if (v !== null) used = true;
      return v;
    };
    if (flag === '--today') {
      const v = value();
      if (v === null) return { ok: false, message: T.missingValue(flag) };
      if (!isCalendarDay(v)) return { ok: false, message: T.badToday(v) };
      args.today = v;
    } else {
      const outcome = handle(flag, value, args);
      if (outcome === null) return { ok: false, message: T.badFlag(flag) };
      if (outcome !== 'consumed' && outcome !== 'flag') return { ok: false, message: outcome };
    }
    if (used) i++;
  }
  return { ok: true, args };
}

export function parseStartArgs(argv: string[]): Parsed<StartArgs> {
  return parse<StartArgs>(
    argv,
    { help: false, workbook: null, port: null, today: null },
    (flag, value, args) => {
      if (flag === '--workbook') {
        const v = value();
        if (v === null) return T.missingValue(flag);
        args.workbook = v;
        return 'consumed';
      }
      if (flag === '--port') {
        const v = value();
        if (v === null) return T.missingValue(flag);
        const port = Number(v);
        if (!/^\d+$/.test(v) || port > 65535) return T.badPort(v);
        args.port = port;
        return 'consumed';
      }
      return null;
    },
    (value) => T.extraArgument(value),
  );
}

export function parseCheckArgs(argv: string[]): Parsed<CheckArgs> {
  return parse<CheckArgs>(
    argv,
    { help: false, workbook: null, today: null, json: false },
    (flag, _value, args) => {
      if (flag === '--json') {
        args.json = true;
        return 'flag';
      }
      return null;
    },
    (value, args) => {
      if (args.workbook !== null) return T.extraArgument(value);
      args.workbook = value;
      return null;
    },
  );
}
