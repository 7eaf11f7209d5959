/**
 * The pieces of the patched save, each on a small hand-written part: the zip
 * container, cell text, shared formulas, styles, column widths and panes,
 * dropdowns, notes and the 1904 date system.
 */
import type { TransferCell } from '../../dev/fakes/spreadsheet/transfer';
import type { CellChange, SheetChanges, ValidationRun } from '../../dev/local/xlsx/changes';
import { readNotes, readSheetXml } from '../../dev/local/xlsx/sheetRead';
import { NEW_WORKSHEET, patchWorksheet } from '../../dev/local/xlsx/sheetWrite';
import { StyleBook } from '../../dev/local/xlsx/styles';
import { XlsxPackage } from '../../dev/local/xlsx/xlsxPackage';
import { applyNotes } from '../../dev/local/xlsx/notes';
import { ZipError, entryText, makeEntry, readZip, writeZip } from '../../dev/local/xlsx/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NOW = new Date('2026-11-23T10:00:00Z');

function sheetChanges(partial: Partial<SheetChanges>): SheetChanges {
  return { name: 'Blad', added: false, cells: [], notes: [], widths: [], frozen: null, rules: null, validations: null, values: 0, other: 0, ...partial };
}

function sheetXml(body: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData>${tail}</worksheet>`;
}

function patched(xml: string, changes: Partial<SheetChanges>, styles = StyleBook.parse(StyleBook.MINIMAL), date1904 = false): string {
  return patchWorksheet(xml, sheetChanges(changes), { styles, date1904 }).top.toString();
}

function read(xml: string, styles = StyleBook.parse(StyleBook.MINIMAL), date1904 = false) {
  return readSheetXml('Blad', xml, { strings: [], styles, date1904, notes: new Map() });
}

function values(changes: Array<[number, number, TransferCell]>): CellChange[] {
  return changes.map(([row, col, value]) => ({ row, col, value }));
}

describe('the zip container', () => {
  it('reads back what it wrote, and writes it again byte for byte', () => {
    const bytes = writeZip([makeEntry('[Content_Types].xml', '<Types/>', NOW), makeEntry('xl/å.xml', 'x'.repeat(10_000), NOW)]);
    const entries = readZip(bytes);
    expect(entries.map((e) => [e.name, entryText(e).length])).toEqual([
      ['[Content_Types].xml', 8],
      ['xl/å.xml', 10_000],
    ]);
    expect(writeZip(entries).equals(bytes)).toBe(true);
  });

  it('refuses what is not a zip it can read', () => {
    expect(() => readZip(Buffer.from('PK\u0003\u0004 not really'))).toThrow(ZipError);
    const encrypted = writeZip([makeEntry('a.xml', '<a/>', NOW)]);
    encrypted.writeUInt16LE(1, encrypted.length - 22 - 46 - 5 + 8); // the central directory's flags: encrypted
    expect(() => readZip(encrypted)).toThrow('encrypted entry');
  });
});

describe('cell values written into a sheet read back as the fake held them', () => {
  const tricky = ['a & b < c > d "e"', '  leading and trailing  ', 'två\nrader', 'klocka\u0007', 'bokstavligt _x0041_', 'emoji 😀', '=inte en formel'];

  it('every kind of value, including text XML cannot hold as it is', () => {
    const cells: Array<[number, number, TransferCell]> = [
      ...tricky.map((text, i): [number, number, TransferCell] => [i + 1, 1, text]),
      [1, 2, 3.25],
      [2, 2, -0.1],
      [3, 2, true],
      [4, 2, false],
      [5, 2, { date: 46_349 }],
      [6, 2, { date: 46_349.427083333336 }],
      [7, 2, { formula: '=SUM(B1:B2)&"<>"' }],
    ];
    const styles = StyleBook.parse(StyleBook.MINIMAL);
    const xml = patched(NEW_WORKSHEET, { cells: values(cells), values: cells.length }, styles);
    const sheet = read(xml, StyleBook.parse(styles.toXml()));
    for (const [row, col, value] of cells) expect({ row, col, value: sheet.cells[row - 1][col - 1] }).toEqual({ row, col, value });
    expect(sheet.formats).toEqual([
      [5, 2, { numberFormat: 'yyyy-mm-dd' }],
      [6, 2, { numberFormat: 'yyyy-mm-dd hh:mm' }],
    ]);
  });

  it('an emptied cell without a style disappears; one with a style keeps the style', () => {
    const styles = StyleBook.parse(StyleBook.MINIMAL);
    const xml = sheetXml('<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>5</v></c></row>');
    const out = patched(xml, { cells: values([[1, 1, null], [1, 2, null]]), values: 2 }, styles);
    expect(out).toContain('<row r="1"><c r="B1" s="1"/></row>');
  });

  it('a new row goes in its place among the existing ones', () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    const out = patched(xml, { cells: values([[3, 2, 3], [9, 1, 9]]), values: 2 });
    expect([...out.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 3, 5, 9]);
    expect(read(out).cells.map((line) => line.filter((v) => v !== null))).toEqual([[1], [], [3], [], [5], [], [], [], [9]]);
  });

  it('dates in a workbook on the 1904 date system', () => {
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>44887</v></c></row>');
    const styles = StyleBook.parse(StyleBook.MINIMAL.replace('<cellXfs count="1">', '<cellXfs count="2">').replace('</cellXfs>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'));
    expect(read(xml, styles, true).cells[0][0]).toEqual({ date: 46_349 });
    const out = patched(xml, { cells: values([[1, 1, { date: 46_350 }]]), values: 1 }, styles, true);
    expect(out).toContain('<c r="A1" s="1"><v>44888</v></c>');
  });
});

describe('a shared formula whose first cell is overwritten', () => {
  it('gives each cell that shared it its own formula (and keeps its last result)', () => {
    const xml = sheetXml(
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f><v>2</v></c><c r="B2"><v>1</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c></row>',
    );
    const out = patched(xml, { cells: values([[2, 1, 5]]), values: 1 });
    expect(out).toContain('<c r="A3"><f>B3*2</f><v>4</v></c>');
    expect(out).toContain('<c r="A4"><f>B4*2</f><v>6</v></c>');
    expect(read(out).cells.map((line) => line[0])).toEqual([undefined, 5, { formula: '=B3*2' }, { formula: '=B4*2' }]);
  });
});

describe('styles: a changed format changes only that aspect of the cell’s own style', () => {
  const styled = StyleBook.MINIMAL.replace('<fonts count="1">', '<fonts count="1">')
    .replace('<borders count="1">', '<borders count="2">')
    .replace('</borders>', '<border><left style="thin"/><right style="thin"/><top/><bottom/><diagonal/></border></borders>')
    .replace('<cellXfs count="1">', '<cellXfs count="2">')
    .replace('</cellXfs>', '<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>');

  it('a new background on a bordered, formatted cell keeps the border and the number format', () => {
    const styles = StyleBook.parse(styled);
    const index = styles.derive(1, { numberFormat: '#,##0.00' }, { numberFormat: '#,##0.00', background: '#d9d9d9' }, null);
    expect(styles.cellStyle(index).format).toEqual({ numberFormat: '#,##0.00', background: '#d9d9d9' });
    expect(styles.toXml()).toContain(`<xf numFmtId="4" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyFill="1"/>`);
  });

  it('the same change on another cell of that style reuses the new style, and toggling it adds no style after the first round', () => {
    const styles = StyleBook.parse(styled);
    const bold = styles.derive(1, {}, { fontWeight: 'bold' }, null);
    expect(styles.derive(1, {}, { fontWeight: 'bold' }, null)).toBe(bold);
    const plain = styles.derive(bold, { fontWeight: 'bold' }, {}, null);
    expect(styles.cellStyle(plain).format).toEqual({ numberFormat: '#,##0.00' });
    expect(styles.derive(plain, {}, { fontWeight: 'bold' }, null)).toBe(bold);
    expect(styles.derive(bold, { fontWeight: 'bold' }, {}, null)).toBe(plain);
    expect(styles.toXml()).toMatch(/<cellXfs count="4">/);
  });

  it('bold keeps the font’s size and name', () => {
    const styles = StyleBook.parse(StyleBook.MINIMAL);
    styles.derive(0, {}, { fontWeight: 'bold' }, null);
    expect(styles.toXml()).toContain('<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
  });

  it('a date written into a cell with a date format keeps that format', () => {
    const styles = StyleBook.parse(styled.replace('numFmtId="4"', 'numFmtId="14"'));
    expect(styles.derive(1, undefined, undefined, 'date')).toBe(1);
    expect(styles.isChanged).toBe(false);
  });
});

describe('column widths and frozen panes', () => {
  it('a width set inside a range of columns splits the range and keeps its other attributes', () => {
    const xml = sheetXml('', '').replace('<sheetData>', '<cols><col min="1" max="5" width="9" style="3" customWidth="1"/></cols><sheetData>');
    const out = patched(xml, { widths: [[3, 145]] });
    expect(out).toContain('<cols><col min="1" max="2" width="9" style="3" customWidth="1"/><col min="3" max="3" width="20" style="3" customWidth="1"/><col min="4" max="5" width="9" style="3" customWidth="1"/></cols>');
  });

  it('freezing the header row adds a pane; unfreezing removes it and the selections of its panes', () => {
    const frozen = patched(NEW_WORKSHEET, { frozen: { rows: 1, cols: 0 } });
    expect(frozen).toContain('<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>');
    const withSelection = frozen.replace('state="frozen"/>', 'state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/>');
    expect(patched(withSelection, { frozen: { rows: 0, cols: 0 } })).toContain('<sheetView workbookViewId="0"></sheetView>');
  });
});

describe('dropdowns', () => {
  const run = (range: string, values: string[]): ValidationRun => ({ range, criteria: 'VALUE_IN_LIST', values: [values], allowInvalid: false, helpText: null });
  const existing =
    '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="L2:L1000"><formula1>"Aktiv,Vilande"</formula1></dataValidation>' +
    '<dataValidation type="whole" sqref="Z2:Z7"><formula1>0</formula1></dataValidation></dataValidations>';

  it('replace a dropdown of an earlier session over fewer rows, and keep the user’s own validation', () => {
    const out = patched(sheetXml('', existing), { validations: { before: [], after: [run('L2:L5000', ['Aktiv', 'Vilande', 'Avslutad'])] } });
    expect(out).not.toContain('sqref="L2:L1000"');
    expect(out).toContain('<dataValidation type="whole" sqref="Z2:Z7"><formula1>0</formula1></dataValidation>');
    expect(out).toContain('<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="L2:L5000"><formula1>"Aktiv,Vilande,Avslutad"</formula1></dataValidation>');
    expect(out).toContain('<dataValidations count="2">');
  });

  it('a list too long for Excel stays a check in ST-koll only', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Specialitet nummer ${i}`);
    expect(patched(NEW_WORKSHEET, { validations: { before: [], after: [run('D2:D100', long)] } })).not.toContain('dataValidation');
  });
});

describe('notes', () => {
  it('removing one note removes its comment and its box; the other note stays', () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>';
    const comments = `<comments xmlns="${MAIN}"><authors><author>A</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Första</t></text></comment><comment ref="B1" authorId="0"><text><t>Andra</t></text></comment></commentList></comments>`;
    const shape = (id: number, col: number) => `<v:shape id="_x0000_s${id}" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202"/>${shape(1025, 0)}${shape(1026, 1)}</xml>`;
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const pkg = XlsxPackage.open(
      writeZip(
        [
          ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
          ['xl/workbook.xml', workbook],
          ['xl/_rels/workbook.xml.rels', rels.replace('comments" Target="../comments1.xml"', 'worksheet" Target="worksheets/sheet1.xml"').replace(/<Relationship Id="rId2"[^>]*>/, '')],
          ['xl/worksheets/sheet1.xml', sheetXml('', '<legacyDrawing r:id="rId2"/>')],
          ['xl/worksheets/_rels/sheet1.xml.rels', rels],
          ['xl/comments1.xml', comments],
          ['xl/drawings/vmlDrawing1.vml', vml],
        ].map(([name, text]) => makeEntry(name, text, NOW)),
      ),
    );
    const edit = pkg.edit(NOW);
    const sheet = patchWorksheet(edit.read('xl/worksheets/sheet1.xml')!, sheetChanges({}), { styles: edit.styles, date1904: false }).top;
    applyNotes(edit, 'xl/worksheets/sheet1.xml', sheet, [{ row: 1, col: 1, text: null }]);
    expect([...readNotes(edit.read('xl/comments1.xml')!)]).toEqual([['B1', 'Andra']]);
    const drawing = edit.read('xl/drawings/vmlDrawing1.vml')!;
    expect(drawing).not.toContain('_x0000_s1025');
    expect(drawing).toContain('_x0000_s1026');
  });
});
