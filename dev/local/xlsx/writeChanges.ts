/**
 * One save: the changed sheets patched inside the package, new sheets added,
 * styles.xml extended only when a new style was needed; every other part of
 * the file is copied byte for byte.
 */
import type { SheetChanges } from './changes';
import { writeKept } from './keptMetadata';
import { applyNotes } from './notes';
import { NEW_WORKSHEET, patchWorksheet } from './sheetWrite';
import type { FinishedEdit, XlsxPackage } from './xlsxPackage';

/** `kept`: ST-koll's metadata part when it changed (dev/local/xlsx/keptMetadata.ts), else null. */
export function writeChanges(pkg: XlsxPackage, sheets: SheetChanges[], now: Date, kept: string | null = null): FinishedEdit {
  const edit = pkg.edit(now);
  if (kept !== null) writeKept(edit, kept);
  let formulas = false;
  let values = false;
  for (const changes of sheets) {
    const existing = edit.sheetPart(changes.name);
    const xml = existing ? (edit.read(existing) ?? NEW_WORKSHEET) : NEW_WORKSHEET;
    const part = existing ?? edit.addSheet(changes.name);
    const patched = patchWorksheet(xml, changes, { styles: edit.styles, date1904: edit.date1904 });
    edit.write(part, applyNotes(edit, part, patched.top, changes.notes).toString());
    formulas ||= patched.formulas;
    values ||= changes.values > 0;
  }
  if (formulas) edit.recalculateOnOpen();
  if (values) edit.dropCalculationChain();
  return edit.finish();
}
