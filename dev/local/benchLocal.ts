/**
 * `npm run bench`, the local file (PRODUCT.md §5, issue #8): a 5,000-trainee /
 * 200,000-session .xlsx opened into the fakes, and one edited cell saved back.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadBundle } from '../harness';
import { syntheticWorkbook } from '../syntheticWorkbook';
import { fakeState } from './fakeState';
import { WorkbookFile } from './workbookFile';

type Report = (label: string, value: string, target?: string, ok?: boolean) => void;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

async function writeXlsx(path: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) {
      ws.addRow(row.map((v) => (typeof v === 'string' && ISO_DAY.test(v) ? new Date(`${v}T00:00:00Z`) : v === '' ? null : v)));
    }
  }
  await wb.xlsx.writeFile(path);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function localFileFigures(report: Report, now: string, trainees = 5000): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'st-koll-bench-'));
  try {
    const path = join(folder, 'roster.xlsx');
    const sheets = syntheticWorkbook({ trainees, sessionsPerTrainee: 40, today: now.slice(0, 10) });
    await writeXlsx(path, sheets);
    const sessions = sheets['Samtal'].length - 1;
    const size = `${(statSync(path).size / 1048576).toFixed(1)} MB`;

    let started = Date.now();
    const file = await WorkbookFile.open(path);
    const bundle = loadBundle({ now });
    bundle.env.transfer.importSheets(file.sheets);
    const opened = Date.now() - started;
    report(`local .xlsx, ${trainees} trainees / ${sessions} sessions (${size}): opened into the fakes`, seconds(opened), '≤ 10 s', opened <= 10_000);

    started = Date.now();
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    const prepared = Date.now() - started;
    started = Date.now();
    const first = await file.save(fakeState(bundle.env));
    report('  then setup + refresh on the fakes / first save (computed block, formats)', `${seconds(prepared)} / ${seconds(Date.now() - started)} (${first.cellsWritten} cells)`);

    started = Date.now();
    bundle.env.spreadsheet.type('ST-läkare', [['bench']], 'N2');
    const edit = await file.save(fakeState(bundle.env));
    const ms = Date.now() - started;
    report('local .xlsx: one edited cell on disk', `${seconds(ms)} (${edit.cellsWritten} cell, ${(edit.bytes / 1048576).toFixed(1)} MB written)`, '≤ 2 s', ms <= 2_000);
    file.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
