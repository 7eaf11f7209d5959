/** Filters, data validation, conditional formats and protections on the sheet fakes. */
import { inRealm, thrownMessage, withSheet } from './helpers';

const rows = [
  ['ID', 'Namn', 'Årlig avstämning'],
  ['ST-0001', 'Anna', 'Försenad'],
  ['ST-0002', 'Björn', 'OK'],
  ['ST-0003', 'Cecilia', 'Försenad'],
  ['ST-0004', 'David', 'Snart'],
];
const sheet = `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')`;

describe('filters', () => {
  test('a text criterion hides the rows that do not match; the header row stays', () => {
    const bundle = withSheet(rows);
    inRealm(
      bundle,
      `var f = ${sheet}.getDataRange().createFilter();
       f.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Försenad').build());`,
    );
    expect(bundle.env.spreadsheet.hiddenRows('Data')).toEqual([3, 5]);
    expect(inRealm(bundle, `[2, 3].map(function (r) { return ${sheet}.isRowHiddenByFilter(r); }).join()`)).toBe('false,true');
    expect(bundle.env.spreadsheet.filter('Data')).toEqual({
      range: 'A1:C5',
      criteria: { C: { criteria: 'TEXT_EQUAL_TO', values: ['Försenad'], visibleValues: null, hiddenValues: [] } },
    });
  });

  test('hidden values hide; visible values are refused on a basic filter, which stays as it was', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.getDataRange().createFilter().setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().setHiddenValues(['OK', 'Snart']).build())`);
    expect(bundle.env.spreadsheet.hiddenRows('Data')).toEqual([3, 5]);
    const message = thrownMessage(() =>
      inRealm(bundle, `${sheet}.getFilter().setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().setVisibleValues(['Snart']).build())`),
    );
    expect(message).toMatch(/not supported for basic filters/);
    expect(bundle.env.spreadsheet.hiddenRows('Data')).toEqual([3, 5]);
  });

  test('criteria can be read back, removed, and the filter removed', () => {
    const bundle = withSheet(rows);
    const out = inRealm(
      bundle,
      `var f = ${sheet}.getRange('A1:C5').createFilter();
       f.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('OK').build());
       var c = ${sheet}.getFilter().getColumnFilterCriteria(3);
       var before = [c.getCriteriaType(), c.getCriteriaValues()[0], ${sheet}.getFilter().getRange().getA1Notation()].join();
       f.removeColumnFilterCriteria(3);
       before + '|' + (f.getColumnFilterCriteria(3) === null)`,
    );
    expect(out).toBe('TEXT_EQUAL_TO,OK,A1:C5|true');
    inRealm(bundle, `${sheet}.getFilter().remove()`);
    expect(bundle.env.spreadsheet.filter('Data')).toBeNull();
    expect(inRealm(bundle, `${sheet}.getFilter()`)).toBeNull();
  });

  test('a second filter on the same sheet is refused', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.getDataRange().createFilter()`);
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.getDataRange().createFilter()`))).toBe(
      "You can't create a filter in a sheet that already has a filter.",
    );
  });

  test('a criterion outside the filter range is refused', () => {
    const bundle = withSheet(rows);
    expect(thrownMessage(() => inRealm(bundle, `${sheet}.getRange('A1:B5').createFilter().setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenCellEmpty().build())`))).toMatch(
      /outside the filter range/,
    );
  });
});

describe('data validation', () => {
  test('the builder and the rule expose what was required', () => {
    const bundle = withSheet(rows);
    const out = inRealm<string>(
      bundle,
      `var list = SpreadsheetApp.newDataValidation().requireValueInList(['Aktiv', 'Vilande'], true).setAllowInvalid(false).setHelpText('Välj').build();
       var num = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 100).build();
       [list.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, JSON.stringify(list.getCriteriaValues()), list.getAllowInvalid(), list.getHelpText(),
        num.getCriteriaType(), JSON.stringify(num.getCriteriaValues()), num.getAllowInvalid(), num.getHelpText()].join(';')`,
    );
    expect(out).toBe('true;[["Aktiv","Vilande"],true];false;Välj;NUMBER_BETWEEN;[1,100];true;');
  });

  test('rules set on ranges are read back per cell and merged into column runs for tests', () => {
    const bundle = withSheet(rows);
    inRealm(
      bundle,
      `${sheet}.getRange('D2:D1000').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
       ${sheet}.getRange('E2:E1000').insertCheckboxes();
       ${sheet}.getRange('F2:F1000').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build());
       ${sheet}.getRange('F500:F1000').clearDataValidations();`,
    );
    expect(bundle.env.spreadsheet.validations('Data').map((v) => [v.range, v.criteria])).toEqual([
      ['D2:D1000', 'DATE_IS_VALID_DATE'],
      ['E2:E1000', 'CHECKBOX'],
      ['F2:F499', 'TEXT_IS_VALID_EMAIL'],
    ]);
    expect(inRealm(bundle, `${sheet}.getRange('E3').getValue()`)).toBe(false);
    expect(inRealm(bundle, `${sheet}.getRange('D2:E2').getDataValidations()[0].map(function (v) { return v.getCriteriaType(); }).join()`)).toBe(
      'DATE_IS_VALID_DATE,CHECKBOX',
    );
    expect(inRealm(bundle, `${sheet}.getRange('A2').getDataValidation()`)).toBeNull();
  });

  test('cells breaking a lenient rule are listed as invalid', () => {
    const bundle = withSheet([['E-post'], ['anna@example.se'], ['inte en adress']]);
    inRealm(bundle, `${sheet}.getRange('A2:A10').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build())`);
    expect(bundle.env.spreadsheet.invalidCells('Data')).toEqual([{ a1: 'A3', value: 'inte en adress' }]);
  });

  test('inserting a column moves validation with its cells', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.getRange('C2:C5').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['OK']).build()); ${sheet}.insertColumnAfter(1)`);
    expect(bundle.env.spreadsheet.validations('Data').map((v) => v.range)).toEqual(['D2:D5']);
  });
});

describe('conditional formats', () => {
  test('rules are built, stored per sheet and read back', () => {
    const bundle = withSheet(rows);
    const out = inRealm<string>(
      bundle,
      `var s = ${sheet};
       var rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$C2="Försenad"').setBackground('#f4cccc').setFontColor('#990000').setBold(true)
         .setRanges([s.getRange('A2:C1000')]).build();
       var rule2 = SpreadsheetApp.newConditionalFormatRule().whenTextContains('Snart').setBackground('#fff2cc').setRanges([s.getRange('C2:C1000')]).build();
       s.setConditionalFormatRules(s.getConditionalFormatRules().concat([rule, rule2]));
       var back = s.getConditionalFormatRules();
       var c = back[0].getBooleanCondition();
       [back.length, c.getCriteriaType(), c.getCriteriaValues()[0], c.getBackground(), c.getFontColor(), c.getBold(), back[0].getRanges()[0].getA1Notation()].join(';')`,
    );
    expect(out).toBe('2;CUSTOM_FORMULA;=$C2="Försenad";#f4cccc;#990000;true;A2:C1000');
    expect(bundle.env.spreadsheet.conditionalFormats('Data')[1]).toEqual({
      ranges: ['C2:C1000'],
      criteria: 'TEXT_CONTAINS',
      values: ['Snart'],
      format: { background: '#fff2cc' },
    });
  });

  test('a rule range grows when columns are inserted inside it', () => {
    const bundle = withSheet(rows);
    inRealm(
      bundle,
      `var s = ${sheet}; s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#eee').setRanges([s.getRange('A2:C10')]).build()]);
       s.insertColumnsAfter(1, 2)`,
    );
    expect(bundle.env.spreadsheet.conditionalFormats('Data')[0].ranges).toEqual(['A2:E10']);
  });
});

describe('protections', () => {
  test('a warning-only range protection with a description', () => {
    const bundle = withSheet(rows);
    const out = inRealm<string>(
      bundle,
      `var p = ${sheet}.getRange('C1:C1000').protect().setDescription('ST-koll: beräknat').setWarningOnly(true);
       var all = ${sheet}.getProtections(SpreadsheetApp.ProtectionType.RANGE);
       [all.length, all[0].getDescription(), all[0].isWarningOnly(), all[0].canEdit(), all[0].getRange().getA1Notation(), ${sheet}.getProtections(SpreadsheetApp.ProtectionType.SHEET).length].join()`,
    );
    expect(out).toBe('1,ST-koll: beräknat,true,true,C1:C1000,0');
    expect(bundle.env.spreadsheet.protections('Data')).toEqual([{ type: 'RANGE', range: 'C1:C1000', description: 'ST-koll: beräknat', warningOnly: true }]);
  });

  test('a protected range moves right when a column is inserted before it, and can be removed', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.getRange('C1:C1000').protect(); ${sheet}.insertColumnBefore(1)`);
    expect(bundle.env.spreadsheet.protections('Data')[0].range).toBe('D1:D1000');
    inRealm(bundle, `${sheet}.getProtections(SpreadsheetApp.ProtectionType.RANGE).forEach(function (p) { p.remove(); })`);
    expect(bundle.env.spreadsheet.protections('Data')).toEqual([]);
  });

  test('protecting a sheet twice returns the existing protection', () => {
    const bundle = withSheet(rows);
    inRealm(bundle, `${sheet}.protect().setDescription('hela'); ${sheet}.protect().setWarningOnly(true)`);
    expect(bundle.env.spreadsheet.protections('Data')).toEqual([{ type: 'SHEET', range: 'A1:Z1000', description: 'hela', warningOnly: true }]);
  });
});

describe('sheet view settings and selection', () => {
  test('frozen rows, widths, tab colour, notes and formats are kept', () => {
    const bundle = withSheet(rows);
    inRealm(
      bundle,
      `var s = ${sheet}; s.setFrozenRows(1); s.setColumnWidth(2, 180); s.setTabColor('#0b8043');
       s.getRange('A1:C1').setFontWeight('bold').setBackground('#d9ead3').setWrap(true); s.getRange('C1').setNote('Beräknas av ST-koll')`,
    );
    const ss = bundle.env.spreadsheet;
    expect([ss.frozenRows('Data'), ss.columnWidths('Data'), ss.tabColor('Data'), ss.notes('Data')]).toEqual([1, { 2: 180 }, '#0b8043', { C1: 'Beräknas av ST-koll' }]);
    expect(ss.format('Data', 'B1')).toEqual({ fontWeight: 'bold', background: '#d9ead3', wrap: true });
  });

  test('the active selection comes from the options and follows activate()', () => {
    const bundle = withSheet(rows, { activeSheet: 'Data', activeRange: 'B3' });
    expect(inRealm(bundle, `SpreadsheetApp.getActiveRange().getA1Notation() + '@' + SpreadsheetApp.getActiveSheet().getName()`)).toBe('B3@Data');
    inRealm(bundle, `SpreadsheetApp.getActiveSpreadsheet().insertSheet('Ny', 0); ${sheet}.getRange('A4:C4').activate()`);
    expect(bundle.env.spreadsheet.active()).toEqual({ sheet: 'Data', range: 'A4:C4' });
    expect(bundle.env.spreadsheet.sheetNames()).toEqual(['Ny', 'Data']);
  });
});
