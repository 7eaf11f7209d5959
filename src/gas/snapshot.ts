/**
 * What every use case starts from: the open spreadsheet, today in its zone,
 * ST-koll's sheets read once (one call each), and the document's properties
 * (settings and the rest) in one call. One function, so
 * every entry point reads the workbook the same way and fails with the same
 * message.
 */
import type { Settings } from '../domain/settings';
import { loadDocumentState } from './settingsStore';
import { openWorkbook, readWorkbook, type OpenWorkbook, type WorkbookRead } from './workbookIO';

export interface WorkbookSnapshot extends WorkbookRead {
  wb: OpenWorkbook;
  settings: Settings;
  /** Every document property, read with the settings in one call. */
  stored: Readonly<Record<string, string>>;
}

export function loadSnapshot(): WorkbookSnapshot {
  const wb = openWorkbook();
  return { wb, ...readWorkbook(wb), ...loadDocumentState() };
}
