/**
 * What every use case starts from: the open spreadsheet, today in its zone,
 * the four sheets read once, and the settings. One function, so every entry
 * point reads the workbook the same way and fails with the same message.
 */
import type { Settings } from '../domain/settings';
import { loadSettings } from './settingsStore';
import { openWorkbook, readWorkbook, type OpenWorkbook, type WorkbookRead } from './workbookIO';

export interface WorkbookSnapshot extends WorkbookRead {
  wb: OpenWorkbook;
  settings: Settings;
}

export function loadSnapshot(): WorkbookSnapshot {
  const wb = openWorkbook();
  return { wb, ...readWorkbook(wb), settings: loadSettings() };
}
