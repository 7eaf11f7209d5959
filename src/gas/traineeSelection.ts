/**
 * Clicking a trainee in the sidebar's overview selects that trainee's row in
 * ST-läkare (issue #6.9): the ID is untrusted input, the sheet is read once to
 * find the row that holds the ID now (users sort), and the row is activated.
 */
import * as z from 'zod';
import { UserError } from '../app/userError';
import { SHEET } from '../domain/sheetContract';
import type { Result } from '../shared/api';
import { ERROR, SELECT_ROW_MSG } from '../shared/messages';
import { serverCall } from './feedback';
import { ID_HEADER, rereadGrid, rowsById } from './workbookIO';

const inputSchema = z.object({ traineeId: z.string().trim().min(1).max(100) });

export function selectTraineeRow(input: unknown): Result<{ row: number }> {
  return serverCall<{ row: number }>(() => {
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: SELECT_ROW_MSG.badInput };
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.trainees);
    if (!sheet) throw new UserError(ERROR.missingSheet(SHEET.trainees));
    const grid = rereadGrid(sheet);
    const row = rowsById(grid, ID_HEADER).get(parsed.data.traineeId)?.[0];
    if (!row) return { ok: false, message: SELECT_ROW_MSG.unknownTrainee };
    // The whole row, so the coordinator sees where they are; activate() also shows the sheet.
    sheet.getRange(row, 1, 1, grid[0].length).activate();
    return { ok: true, row };
  });
}
