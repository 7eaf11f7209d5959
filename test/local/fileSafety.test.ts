/**
 * PRODUCT.md §5: a file that is missing, not an .xlsx, corrupt or not writable
 * is refused with one Swedish sentence and never touched; a save that fails
 * half-way leaves the original; one ST-koll at a time per file.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../../dev/harness';
import { writeFileAtomically } from '../../dev/local/atomicFile';
import { LocalFileError } from '../../dev/local/errors';
import { fakeState } from '../../dev/local/fakeState';
import { lockPathFor } from '../../dev/local/fileLock';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { NOW } from '../bundle/coreWorkbook';
import { tempFolder, writeRoster } from './rosterFile';

async function refusal(path: string): Promise<LocalFileError> {
  try {
    (await WorkbookFile.open(path)).close();
  } catch (error) {
    if (error instanceof LocalFileError) return error;
    throw error;
  }
  throw new Error('opened');
}

describe('files that cannot be opened are refused untouched', () => {
  const folder = tempFolder();

  it('a missing file', async () => {
    const error = await refusal(join(folder, 'saknas.xlsx'));
    expect(error.problem).toBe('missing');
    expect(error.message).toBe('Filen saknas.xlsx finns inte.');
    expect(existsSync(join(folder, 'saknas.xlsx'))).toBe(false);
  });

  it('a file that is not an .xlsx (by its name)', async () => {
    const path = join(folder, 'lista.csv');
    writeFileSync(path, 'Namn;ST-start\n');
    expect((await refusal(path)).problem).toBe('notXlsx');
    expect(readFileSync(path, 'utf8')).toBe('Namn;ST-start\n');
  });

  it('a file named .xlsx that is not a zip, and a zip that is not a workbook', async () => {
    for (const [name, bytes] of [
      ['text.xlsx', Buffer.from('hej')],
      ['trasig.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])],
    ] as const) {
      const path = join(folder, name);
      writeFileSync(path, bytes);
      const error = await refusal(path);
      expect(error.problem).toBe('corrupt');
      expect(error.message).toMatch(/kunde inte läsas/);
      expect(readFileSync(path).equals(bytes)).toBe(true);
      expect(existsSync(`${path}.bak`)).toBe(false);
    }
  });

  it('a read-only file', async () => {
    const path = join(folder, 'skyddad.xlsx');
    await writeRoster(path, { foreign: false });
    const before = readFileSync(path);
    chmodSync(path, 0o444);
    const error = await refusal(path);
    expect(error.problem).toBe('notWritable');
    expect(error.message).toMatch(/skrivskyddad/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});

describe('a save that fails half-way leaves the original', () => {
  it('keeps the file byte for byte and removes the half-written temporary file', async () => {
    const folder = tempFolder();
    const path = join(folder, 'roster.xlsx');
    await writeRoster(path);
    const before = readFileSync(path);
    const file = await WorkbookFile.open(path);
    const bundle = loadBundle({ now: NOW });
    bundle.env.transfer.importSheets(file.sheets);
    bundle.env.spreadsheet.type('ST-läkare', [['Ändrad']], 'N2');
    let chunks = 0;
    const failing = (fd: number, bytes: Uint8Array, offset: number, length: number) => {
      if (chunks++ > 0) throw new Error('disken är full');
      const half = Math.max(1, Math.floor(length / 2));
      return require('node:fs').writeSync(fd, bytes, offset, half) as number;
    };
    await expect(file.save(fakeState(bundle.env), { write: failing })).rejects.toThrow('Kunde inte spara roster.xlsx: disken är full. Filen är oförändrad.');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // The next save (the disk has room again) writes the change.
    await file.save(fakeState(bundle.env));
    file.close();
    expect(readFileSync(path).equals(before)).toBe(false);
    expect((await WorkbookFile.open(path, { lock: false })).sheets[0].cells[1][13]).toBe('Ändrad');
  }, 120_000);

  it('writeFileAtomically never shows a reader a partial file', () => {
    const folder = tempFolder();
    const path = join(folder, 'a.bin');
    writeFileSync(path, 'gammal');
    expect(() =>
      writeFileAtomically(path, Buffer.alloc(3 << 20, 1), {
        write: () => {
          throw new Error('avbrott');
        },
      }),
    ).toThrow('avbrott');
    expect(readFileSync(path, 'utf8')).toBe('gammal');
    writeFileAtomically(path, Buffer.from('ny'));
    expect(readFileSync(path, 'utf8')).toBe('ny');
    expect(readdirSync(folder)).toEqual(['a.bin']);
  });
});

describe('one ST-koll per workbook', () => {
  it('refuses a second writer while the first holds the lock, and frees it on close', async () => {
    const folder = tempFolder();
    const path = join(folder, 'roster.xlsx');
    await writeRoster(path, { foreign: false });
    const first = await WorkbookFile.open(path);
    const error = await refusal(path);
    expect(error.problem).toBe('locked');
    expect(error.message).toBe(`roster.xlsx är redan öppen i ST-koll (process ${process.pid}). Stäng den först.`);
    first.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
    (await WorkbookFile.open(path)).close();
  });

  it('takes over a stale lock left by a process that no longer runs', async () => {
    const folder = tempFolder();
    const path = join(folder, 'roster.xlsx');
    await writeRoster(path, { foreign: false });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: Number(gone), host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const file = await WorkbookFile.open(path);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    file.close();
  });
});
