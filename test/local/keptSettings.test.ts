/**
 * Issue #8: the settings a coordinator saves in ⚙ Inställningar survive the
 * next `npm start` on the same .xlsx. They are kept in ST-koll's custom XML
 * part beside the column marks (dev/local/xlsx/keptMetadata.ts), by an
 * allow-list: nothing that points into a session's Drive fake or belongs to
 * one user.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../dev/local/cli';
import { LocalWorkbook } from '../../dev/local/localWorkbook';
import { WorkbookFile } from '../../dev/local/workbookFile';
import { KEPT_NAMESPACE } from '../../dev/local/xlsx/keptMetadata';
import { entryText, readZip } from '../../dev/local/xlsx/zip';
import { PreviewBackend } from '../../dev/preview/backend';
import { AGREEMENT_FOLDER_PROPERTY } from '../../src/gas/agreements/output';
import { ANNUAL } from '../../src/domain/sheetContract';
import type { Result, SettingsDto } from '../../src/shared/api';
import { NOW, TODAY } from '../bundle/coreWorkbook';
import { tempFolder, writeRoster } from './rosterFile';

const TRAINEES = 'ST-läkare';
const NEXT_DAY = '2026-11-24T10:15:00+01:00';
const SOON_DAYS = 365;

async function session(path: string, now: string): Promise<{ backend: PreviewBackend; local: LocalWorkbook }> {
  const local = new LocalWorkbook(await WorkbookFile.open(path));
  const backend = new PreviewBackend({ now, origin: 'http://127.0.0.1', local });
  await backend.settled();
  return { backend, local };
}

function keptPart(path: string): string | null {
  const item = readZip(readFileSync(path)).find((e) => e.name.startsWith('customXml/item') && entryText(e).includes(KEPT_NAMESPACE));
  return item ? entryText(item) : null;
}

function soonCount(backend: PreviewBackend): number {
  const rows = backend.bundle.env.spreadsheet.displayValues(TRAINEES);
  const c = rows[0].indexOf('Årlig avstämning');
  if (c < 0) throw new Error('no Årlig avstämning');
  return rows.slice(1).filter((r) => r[c] === ANNUAL.soon).length;
}

/** `st-koll check --json`: how many check-ins it lists as soon. */
async function checkSoon(path: string): Promise<number> {
  const out: string[] = [];
  await runCheck([path, '--today', TODAY, '--json'], { out: (l) => out.push(l), err: () => undefined });
  return (JSON.parse(out.join('\n')) as { soon: unknown[] }).soon.length;
}

function annualSoonDays(backend: PreviewBackend): unknown {
  const result = backend.runFromClient('getSettings', []) as Result<{ view: SettingsDto }>;
  if (!result.ok) throw new Error(result.message);
  return result.view.settings.find((s) => s.key === 'annualSoonDays');
}

describe('settings saved in one session are in force in the next (2026-11-23, then 2026-11-24)', () => {
  const path = join(tempFolder(), 'roster.xlsx');
  let soonWithDefault: number;
  let checkSoonWithDefault: number;

  beforeAll(async () => {
    await writeRoster(path);
    checkSoonWithDefault = await checkSoon(path);
    const { backend, local } = await session(path, NOW);
    soonWithDefault = soonCount(backend);
    // A folder of this session's Drive fake: gone when the app stops, so never kept.
    backend.bundle.env.properties.set('document', AGREEMENT_FOLDER_PROPERTY, 'folder-of-session-1');
    const saved = backend.runFromClient('saveSettings', [{ values: { annualSoonDays: SOON_DAYS } }]) as Result<object>;
    expect(saved.ok).toBe(true);
    await backend.settled();
    expect(local.lastError).toBeNull();
    local.close();
  }, 180_000);

  it('keeps the saved settings in ST-koll’s part, and not the agreement folder', () => {
    const xml = keptPart(path)!;
    expect(xml).toContain('<documentProperty key="ST_KOLL_SETTINGS" value="{&quot;annualSoonDays&quot;:365}"/>');
    expect(xml).not.toContain(AGREEMENT_FOLDER_PROPERTY);
    expect(xml).not.toContain('folder-of-session-1');
  });

  it('a new bundle reads the saved value, and its refresh flags by it', async () => {
    const { backend, local } = await session(path, NEXT_DAY);
    expect(annualSoonDays(backend)).toMatchObject({ value: SOON_DAYS, overridden: true });
    expect(backend.bundle.env.properties.get('document')[AGREEMENT_FOLDER_PROPERTY]).toBeUndefined();
    expect(backend.runMenu('refreshFlags').ok).toBe(true);
    await backend.settled();
    // A year's notice makes more check-ins "Snart" than the default's weeks.
    expect(soonCount(backend)).toBeGreaterThan(soonWithDefault);
    local.close();
  }, 180_000);

  it('st-koll check uses them as well', async () => {
    expect(await checkSoon(path)).toBeGreaterThan(checkSoonWithDefault);
  }, 120_000);

  it('keeps the part, settings included, unchanged through an edit and its save', async () => {
    const before = keptPart(path);
    const { backend, local } = await session(path, NEXT_DAY);
    const note = backend.bundle.env.spreadsheet.displayValues(TRAINEES)[0].indexOf('Anteckning') + 1;
    expect(backend.editCell(TRAINEES, 2, note, 'Ny anteckning').ok).toBe(true);
    await backend.settled();
    expect(local.lastError).toBeNull();
    local.close();
    expect(keptPart(path)).toBe(before);
    expect(before).toContain('ST_KOLL_SETTINGS');
  }, 180_000);

  it('a setting put back to its default removes it from the part', async () => {
    const { backend, local } = await session(path, NEXT_DAY);
    const saved = backend.runFromClient('saveSettings', [{ values: { annualSoonDays: null } }]) as Result<object>;
    expect(saved.ok).toBe(true);
    await backend.settled();
    local.close();
    expect(keptPart(path)).not.toContain('ST_KOLL_SETTINGS');
    const next = await session(path, NEXT_DAY);
    expect(annualSoonDays(next.backend)).toMatchObject({ overridden: false });
    next.local.close();
  }, 180_000);

  it('an invalid kept value is reported as the settings view reports it, every setting at its default', async () => {
    const first = await session(path, NEXT_DAY);
    first.backend.bundle.env.properties.set('document', 'ST_KOLL_SETTINGS', '{annualSoonDays: 3');
    const note = first.backend.bundle.env.spreadsheet.displayValues(TRAINEES)[0].indexOf('Anteckning') + 1;
    expect(first.backend.editCell(TRAINEES, 3, note, 'Ändrad').ok).toBe(true);
    await first.backend.settled();
    first.local.close();
    const { backend, local } = await session(path, NEXT_DAY);
    const result = backend.runFromClient('getSettings', []) as Result<{ view: SettingsDto }>;
    if (!result.ok) throw new Error(result.message);
    expect(result.view.problems).toEqual([expect.stringContaining('ST_KOLL_SETTINGS')]);
    expect(result.view.settings.every((s) => s.value === s.defaultValue)).toBe(true);
    local.close();
  }, 180_000);
});
