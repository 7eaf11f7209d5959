/**
 * env.transfer.revisions(): the local .xlsx save skips a sheet whose revision
 * it has already written, so every change the file keeps must move the
 * revision, and a method that is not listed here as a change must be one
 * that keeps nothing in the file.
 */
import type { LoadedBundle } from '../../dev/harness';
import { inRealm, withSheet } from './helpers';

const rows = [
  ['Namn', 'Datum', 'Klar'],
  ['Anna', '2026-11-02', true],
  ['Björn', '2026-11-03', false],
];
const sheet = `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')`;
const range = `${sheet}.getRange('A2:B3')`;
const cell = `${sheet}.getRange('A2')`;
const rule = `SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$C2').setBackground('#ff0000').setRanges([${range}]).build()`;
const list = `SpreadsheetApp.newDataValidation().requireValueInList(['Ja', 'Nej']).build()`;

/** Every method that changes what the file keeps: values, formats, notes, validations, layout ([set-up, change] where it needs one). */
const CHANGES: Record<string, string | [string, string]> = {
  'Range.setValue': `${cell}.setValue('Ny')`,
  'Range.setValues': `${range}.setValues([['a', 'b'], ['c', 'd']])`,
  'Range.setFormula': `${cell}.setFormula('=1+1')`,
  'Range.setFormulas': `${range}.setFormulas([['=1', '=2'], ['=3', '=4']])`,
  'Range.clearContent': `${cell}.clearContent()`,
  'Range.clearFormat': [`${cell}.setBackground('#ff0000')`, `${cell}.clearFormat()`],
  'Range.clear': `${cell}.clear()`,
  'Range.setNumberFormat': `${range}.setNumberFormat('yyyy-mm-dd')`,
  'Range.setNumberFormats': `${range}.setNumberFormats([['@', '@'], ['@', '@']])`,
  'Range.setFontWeight': `${cell}.setFontWeight('bold')`,
  'Range.setFontWeights': `${range}.setFontWeights([['bold', 'bold'], ['normal', 'normal']])`,
  'Range.setFontStyle': `${cell}.setFontStyle('italic')`,
  'Range.setFontColor': `${cell}.setFontColor('#ff0000')`,
  'Range.setFontColors': `${range}.setFontColors([['#ff0000', null], [null, null]])`,
  'Range.setBackground': `${cell}.setBackground('#ffff00')`,
  'Range.setBackgrounds': `${range}.setBackgrounds([['#ffff00', null], [null, null]])`,
  'Range.setWrap': `${cell}.setWrap(true)`,
  'Range.setHorizontalAlignment': `${cell}.setHorizontalAlignment('center')`,
  'Range.setNote': `${cell}.setNote('Anteckning')`,
  'Range.setNotes': `${range}.setNotes([['a', ''], ['', 'b']])`,
  'Range.setDataValidation': `${cell}.setDataValidation(${list})`,
  'Range.setDataValidations': `${range}.setDataValidations([[${list}, null], [null, null]])`,
  'Range.clearDataValidations': [`${cell}.setDataValidation(${list})`, `${cell}.clearDataValidations()`],
  'Range.insertCheckboxes': `${sheet}.getRange('D2').insertCheckboxes()`,
  'Range.removeCheckboxes': [`${sheet}.getRange('D2').insertCheckboxes()`, `${sheet}.getRange('D2').removeCheckboxes()`],
  'Range.check': `${sheet}.getRange('C3').check()`,
  'Range.uncheck': `${sheet}.getRange('C2').uncheck()`,
  'Sheet.insertColumnsAfter': `${sheet}.insertColumnsAfter(1, 1)`,
  'Sheet.insertColumnAfter': `${sheet}.insertColumnAfter(1)`,
  'Sheet.insertColumnsBefore': `${sheet}.insertColumnsBefore(1, 1)`,
  'Sheet.insertColumnBefore': `${sheet}.insertColumnBefore(1)`,
  'Sheet.insertColumns': `${sheet}.insertColumns(1)`,
  'Sheet.insertRowsAfter': `${sheet}.insertRowsAfter(1, 1)`,
  'Sheet.insertRowAfter': `${sheet}.insertRowAfter(1)`,
  'Sheet.insertRowsBefore': `${sheet}.insertRowsBefore(2, 1)`,
  'Sheet.insertRowBefore': `${sheet}.insertRowBefore(2)`,
  'Sheet.insertRows': `${sheet}.insertRows(2)`,
  'Sheet.deleteRows': `${sheet}.deleteRows(2, 1)`,
  'Sheet.deleteRow': `${sheet}.deleteRow(2)`,
  'Sheet.deleteColumns': `${sheet}.deleteColumns(1, 1)`,
  'Sheet.deleteColumn': `${sheet}.deleteColumn(1)`,
  'Sheet.moveColumns': `${sheet}.moveColumns(${sheet}.getRange('A1'), 3)`,
  'Sheet.appendRow': `${sheet}.appendRow(['Cecilia', '', false])`,
  'Sheet.clear': `${sheet}.clear()`,
  'Sheet.clearContents': `${sheet}.clearContents()`,
  'Sheet.clearFormats': [`${cell}.setBackground('#ff0000')`, `${sheet}.clearFormats()`],
  'Sheet.setFrozenRows': `${sheet}.setFrozenRows(1)`,
  'Sheet.setFrozenColumns': `${sheet}.setFrozenColumns(1)`,
  'Sheet.setColumnWidth': `${sheet}.setColumnWidth(1, 200)`,
  'Sheet.setColumnWidths': `${sheet}.setColumnWidths(1, 2, 200)`,
  'Sheet.setConditionalFormatRules': `${sheet}.setConditionalFormatRules([${rule}])`,
  'Sheet.clearConditionalFormatRules': [`${sheet}.setConditionalFormatRules([${rule}])`, `${sheet}.clearConditionalFormatRules()`],
};

/** Methods that change nothing the file keeps (reads, the view, developer metadata, filters, charts, protection, no-op styling). */
const KEEPS_NOTHING = new Set([
  'Range.getRow', 'Range.getRowIndex', 'Range.getColumn', 'Range.getColumnIndex', 'Range.getLastRow', 'Range.getLastColumn', 'Range.getNumRows',
  'Range.getHeight', 'Range.getNumColumns', 'Range.getWidth', 'Range.getA1Notation', 'Range.getGridId', 'Range.getSheet', 'Range.offset',
  'Range.getCell', 'Range.isBlank', 'Range.getValues', 'Range.getValue', 'Range.getDisplayValues', 'Range.getDisplayValue', 'Range.getFormulas',
  'Range.getFormula', 'Range.getNumberFormat', 'Range.getNumberFormats', 'Range.getFontWeight', 'Range.getFontWeights', 'Range.getFontStyle',
  'Range.getFontColor', 'Range.getBackground', 'Range.getBackgrounds', 'Range.getWrap', 'Range.setVerticalAlignment', 'Range.setFontSize',
  'Range.setFontFamily', 'Range.setBorder', 'Range.getNote', 'Range.getNotes', 'Range.getDataValidation', 'Range.getDataValidations',
  'Range.isChecked', 'Range.addDeveloperMetadata', 'Range.getDeveloperMetadata', 'Range.createDeveloperMetadataFinder', 'Range.createFilter',
  'Range.getFilter', 'Range.protect', 'Range.activate', 'Range.activateAsCurrentCell',
  'Sheet.getName', 'Sheet.setName', 'Sheet.getSheetId', 'Sheet.getIndex', 'Sheet.getParent', 'Sheet.getType', 'Sheet.activate', 'Sheet.isSheetHidden',
  'Sheet.getRange', 'Sheet.getDataRange', 'Sheet.getSheetValues', 'Sheet.getLastRow', 'Sheet.getLastColumn', 'Sheet.getMaxRows', 'Sheet.getMaxColumns',
  'Sheet.getFrozenRows', 'Sheet.getFrozenColumns', 'Sheet.getColumnWidth', 'Sheet.autoResizeColumns', 'Sheet.autoResizeColumn', 'Sheet.setTabColor',
  'Sheet.getTabColor', 'Sheet.isRowHiddenByFilter', 'Sheet.isRowHiddenByUser', 'Sheet.addDeveloperMetadata', 'Sheet.getDeveloperMetadata',
  'Sheet.createDeveloperMetadataFinder', 'Sheet.getFilter', 'Sheet.getConditionalFormatRules', 'Sheet.getProtections', 'Sheet.protect',
  'Sheet.newChart', 'Sheet.getCharts', 'Sheet.insertChart', 'Sheet.updateChart', 'Sheet.removeChart',
]);

function revision(bundle: LoadedBundle): string {
  return bundle.env.transfer.revisions().find((r) => r.name === 'Data')!.revision;
}

function publicMethods(bundle: LoadedBundle, className: string, target: string): string[] {
  const names = inRealm<string>(bundle, `Object.getOwnPropertyNames(Object.getPrototypeOf(${target})).join(' ')`).split(' ');
  return names.filter((name) => name !== 'constructor' && !name.startsWith('_') && name !== 'rangeFromA1').map((name) => `${className}.${name}`);
}

describe('a sheet’s revision moves with every change the local file keeps', () => {
  test.each(Object.entries(CHANGES))('%s', (_method, change) => {
    const bundle = withSheet(rows);
    const [setUp, code] = typeof change === 'string' ? ['', change] : change;
    inRealm(bundle, setUp);
    const before = revision(bundle);
    inRealm(bundle, code);
    expect(revision(bundle)).not.toBe(before);
  });

  test('the user typing into a cell in the page (env.spreadsheet.type) moves it too', () => {
    const bundle = withSheet(rows);
    const before = revision(bundle);
    bundle.env.spreadsheet.type('Data', [['Ny']], 'A2');
    expect(revision(bundle)).not.toBe(before);
  });

  test('reading the sheet leaves it where it was', () => {
    const bundle = withSheet(rows);
    const before = revision(bundle);
    inRealm(bundle, `${range}.getValues(); ${range}.getNotes(); ${range}.getBackgrounds(); ${sheet}.getDataRange().getDisplayValues(); ${sheet}.getConditionalFormatRules()`);
    bundle.env.transfer.exportSheets();
    expect(revision(bundle)).toBe(before);
  });

  test('a sheet deleted and added again under its name has a new revision', () => {
    const bundle = withSheet(rows);
    const before = revision(bundle);
    inRealm(bundle, `var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.insertSheet('Annan'); ss.deleteSheet(ss.getSheetByName('Data')); ss.insertSheet('Data')`);
    expect(revision(bundle)).not.toBe(before);
  });

  test('every Range and Sheet method is listed, as a change or as keeping nothing (a new method must be placed)', () => {
    const bundle = withSheet(rows);
    const methods = [...publicMethods(bundle, 'Range', cell), ...publicMethods(bundle, 'Sheet', sheet)];
    const unplaced = methods.filter((method) => !(method in CHANGES) && !KEEPS_NOTHING.has(method));
    expect(unplaced).toEqual([]);
  });
});
