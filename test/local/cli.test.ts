/**
 * PRODUCT.md §5, the command line: `st-koll check` (report, exit 0/1/2, the
 * file never written) and the flags of `npm start` (--help, a bad flag, a taken
 * port, a file that cannot be opened).
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckArgs, parseStartArgs } from '../../dev/local/cliArgs';
import { runCheck, startApp, type Io } from '../../dev/local/cli';
import { coreSheets, TODAY } from '../bundle/coreWorkbook';
import { tempFolder, writeRoster } from './rosterFile';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

const ROOT = join(__dirname, '..', '..');

describe('st-koll check', () => {
  const folder = tempFolder();
  const roster = join(folder, 'roster.xlsx');
  const clean = join(folder, 'ren.xlsx');
  beforeAll(async () => {
    await writeRoster(roster);
    // Only the one trainee who is up to date, no errors anywhere.
    const sheets = coreSheets();
    sheets['ST-läkare'] = sheets['ST-läkare'].slice(0, 1).concat([['ST-0009', 'Nina Ny', '', 'Allmänmedicin', 'VC Norr', '2026-11-01', '', 100, '', '', '', 'Aktiv', '', '']]);
    sheets['Överenskommelser'] = sheets['Överenskommelser'].slice(0, 1);
    sheets['Samtal'] = sheets['Samtal'].slice(0, 1);
    await writeRoster(clean, { foreign: false, sheets });
  }, 60_000);

  it('prints the validation report and the late and soon check-ins, exit 1, the file untouched', async () => {
    const before = readFileSync(roster);
    const mtime = statSync(roster).mtimeMs;
    const io = capture();
    await expect(runCheck([roster, '--today', TODAY], io)).resolves.toBe(1);
    expect(io.stdout[0]).toBe(`ST-koll: roster.xlsx (${TODAY})`);
    // Fredrik Fel (row 7) has a start date that is no date.
    expect(io.stdout.some((l) => l.startsWith('  ST-läkare, rad 7, ST-start: '))).toBe(true);
    expect(io.stdout.some((l) => /^Valideringsrapport: \d+ fel$/.test(l))).toBe(true);
    expect(io.stdout).toContain('  ST-0001 Anna Ek – 2026-10-01');
    expect(readFileSync(roster).equals(before)).toBe(true);
    expect(statSync(roster).mtimeMs).toBe(mtime);
  }, 60_000);

  it('--json gives the same as data', async () => {
    const io = capture();
    await expect(runCheck([roster, '--json', `--today=${TODAY}`], io)).resolves.toBe(1);
    const result = JSON.parse(io.stdout.join('\n'));
    expect(result).toMatchObject({ file: 'roster.xlsx', today: TODAY });
    expect(result.late).toEqual(expect.arrayContaining([{ id: 'ST-0001', name: 'Anna Ek', nextAnnualDue: '2026-10-01' }]));
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues[0]).toEqual({ sheet: expect.any(String), row: expect.any(Number), column: expect.any(String), message: expect.any(String) });
  }, 60_000);

  it('exit 0 when nothing is late or invalid', async () => {
    const io = capture();
    await expect(runCheck([clean, '--today', TODAY], io)).resolves.toBe(0);
    expect(io.stdout).toContain('Inget att åtgärda.');
  }, 60_000);

  it('exit 2 with one Swedish line for a file it cannot read', async () => {
    const bad = join(folder, 'trasig.xlsx');
    writeFileSync(bad, 'inte en arbetsbok');
    for (const [file, message] of [
      [join(folder, 'saknas.xlsx'), 'Filen saknas.xlsx finns inte.'],
      [bad, 'trasig.xlsx kunde inte läsas: filen verkar vara skadad eller är inte en .xlsx-fil.'],
    ]) {
      const io = capture();
      await expect(runCheck([file], io)).resolves.toBe(2);
      expect(io.stderr).toEqual([message]);
      expect(io.stdout).toEqual([]);
    }
  });

  it('works as the package bin (npx st-koll check), with its exit code', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'st-koll.mjs'), 'check', clean, '--today', TODAY], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Inget att åtgärda.');
    const help = spawnSync(process.execPath, [join(ROOT, 'scripts', 'st-koll.mjs'), 'check', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^npx st-koll check FIL\.xlsx/);
  }, 60_000);
});

describe('the flags of npm start', () => {
  it('reads --workbook, --port, --today and --help', () => {
    expect(parseStartArgs(['--workbook', 'a.xlsx', '--port', '9000', '--today', '2026-11-23'])).toEqual({
      ok: true,
      args: { help: false, workbook: 'a.xlsx', port: 9000, today: '2026-11-23' },
    });
    expect(parseStartArgs(['--port=0', '--help'])).toEqual({ ok: true, args: { help: true, workbook: null, port: 0, today: null } });
    expect(parseCheckArgs(['a.xlsx', '--json'])).toEqual({ ok: true, args: { help: false, workbook: 'a.xlsx', today: null, json: true } });
  });

  it.each([
    [['--bogus'], 'Okänd flagga: --bogus. Se --help.'],
    [['--port', 'abc'], 'Ogiltig port: abc (ett heltal 0–65535).'],
    [['--port', '70000'], 'Ogiltig port: 70000 (ett heltal 0–65535).'],
    [['--today', '23/11/2026'], 'Ogiltigt datum för --today: 23/11/2026 (skriv ÅÅÅÅ-MM-DD).'],
    [['--today', '2026-02-30'], 'Ogiltigt datum för --today: 2026-02-30 (skriv ÅÅÅÅ-MM-DD).'],
    [['--workbook'], '--workbook behöver ett värde. Se --help.'],
    [['roster.xlsx'], 'Oväntat argument: roster.xlsx. Se --help.'],
  ])('%j is refused: %s', async (argv, message) => {
    const io = capture();
    await expect(startApp(argv, io)).resolves.toBe(2);
    expect(io.stderr).toEqual([message]);
  });

  it('--help prints the usage and exits 0', async () => {
    const io = capture();
    await expect(startApp(['--help'], io)).resolves.toBe(0);
    expect(io.stdout.join('\n')).toMatch(/--workbook FIL/);
  });

  it('a taken port is one clear line, and the file is released again', async () => {
    const folder = tempFolder();
    const roster = join(folder, 'roster.xlsx');
    await writeRoster(roster, { foreign: false });
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const io = capture();
    try {
      await expect(startApp(['--workbook', roster, '--port', String(port), '--today', TODAY], io)).resolves.toBe(1);
    } finally {
      blocker.close();
    }
    expect(io.stderr).toEqual([`Porten ${port} används redan. Välj en annan med --port.`]);
    // The lock went with the failed start: a new start may open the file.
    const again = await startApp(['--workbook', roster, '--port', '0', '--today', TODAY], capture());
    if (typeof again === 'number') throw new Error(`exit ${again}`);
    await again.stop();
  }, 120_000);

  it('a file that cannot be opened: one Swedish line, exit 2', async () => {
    const io = capture();
    await expect(startApp(['--workbook', join(tempFolder(), 'saknas.xlsx')], io)).resolves.toBe(2);
    expect(io.stderr).toEqual(['Filen saknas.xlsx finns inte.']);
  });
});
