/**
 * The roster as Excel itself saves it (unlike rosterFile.ts, which writes
 * through exceljs): shared strings with a rich-text item, dates as serials
 * with the built-in date format 14, row spans and x14ac attributes, a
 * calculation chain, a shared formula, an existing note with its VML box, a
 * colour scale and a whole-number validation on a foreign column, a defined
 * name, an mc:AlternateContent in workbook.xml, a hyperlink and merged cells
 * on a foreign sheet. The XML follows what Excel writes; the zip is stored.
 */
import { writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { coreSheets } from '../bundle/coreWorkbook';

export const EXCEL_FOREIGN_SHEET = 'Mina anteckningar';
export const EXCEL_FOREIGN_COLUMN = 'Egen kolumn';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const SHEET_OPEN =
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ` +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
  'xr:uid="{00000000-0001-0000-0000-000000000000}">';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** Style indexes of styles.xml below. */
const S = { date: 1, header: 2, styled: 3, percent: 4, dateTime: 5 };

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function letters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function serial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
}

class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.push(`<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${escape(text)}</t></si>`) - 1;
      this.index.set(text, i);
    }
    return i;
  }

  rich(xml: string): number {
    this.count++;
    return this.items.push(`<si>${xml}</si>`) - 1;
  }

  xml(): string {
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

/** A cell as Excel writes it ('' for nothing). */
function cell(ref: string, value: unknown, strings: SharedStrings, header: boolean): string {
  const s = header ? ` s="${S.header}"` : '';
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `<c r="${ref}" s="${S.date}"><v>${serial(value)}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.ref(value.replace(/^'/, ''))}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"><v>${value}</v></c>`;
}

function rowXml(r: number, cells: string[], spans: string): string {
  return `<row r="${r}" spans="${spans}" x14ac:dyDescent="0.25">${cells.join('')}</row>`;
}

function dataSheet(rows: unknown[][], strings: SharedStrings, extra?: (r: number) => string, extraColumn?: number): string {
  const width = Math.max(...rows.map((row) => row.length), extraColumn ?? 0);
  const body = rows.map((row, i) => {
    const cells = row.map((value, c) => cell(`${letters(c + 1)}${i + 1}`, value, strings, i === 0));
    if (extra) cells.push(extra(i + 1));
    return rowXml(i + 1, cells, `1:${width}`);
  });
  return body.join('');
}

export interface ExcelStyleFile {
  /** Column of the foreign column on ST-läkare. */
  foreignColumn: number;
  /** Last row of ST-läkare. */
  lastRow: number;
}

export function writeExcelStyleRoster(path: string): ExcelStyleFile {
  const sheets = coreSheets();
  const names = Object.keys(sheets);
  const strings = new SharedStrings();
  const trainees = sheets[names[0]];
  const foreignColumn = trainees[0].length + 1;
  const z = letters(foreignColumn);
  const lastRow = trainees.length;

  // ST-läkare: a foreign column with a styled number, a shared formula below it, a note on its header.
  const traineeData = dataSheet(
    trainees,
    strings,
    (r) => {
      if (r === 1) return `<c r="${z}1" s="${S.header}" t="s"><v>${strings.ref(EXCEL_FOREIGN_COLUMN)}</v></c>`;
      if (r === 2) return `<c r="${z}2" s="${S.styled}"><v>1234.5</v></c>`;
      if (r === 3) return `<c r="${z}3"><f t="shared" ref="${z}3:${z}${lastRow}" si="0">${z}2*2</f><v>2469</v></c>`;
      return `<c r="${z}${r}"><f t="shared" si="0"/><v>${r === 4 ? 4938 : 0}</v></c>`;
    },
    foreignColumn,
  );
  const trainee =
    `${HEAD}${SHEET_OPEN}<dimension ref="A1:${z}${lastRow}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="18.7109375" customWidth="1"/><col min="${foreignColumn}" max="${foreignColumn}" width="24" customWidth="1"/></cols>` +
    `<sheetData>${traineeData}</sheetData>` +
    `<conditionalFormatting sqref="${z}2:${z}${lastRow}"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${z}2:${z}${lastRow}"><formula1>0</formula1><formula2>100000</formula2></dataValidation></dataValidations>` +
    `${MARGINS}<legacyDrawing r:id="rId1"/></worksheet>`;

  const plain = names.slice(1).map(
    (name) =>
      `${HEAD}${SHEET_OPEN}<dimension ref="A1:${letters(sheets[name][0].length)}${sheets[name].length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>${dataSheet(sheets[name], strings)}</sheetData>${MARGINS}</worksheet>`,
  );

  const rich = strings.rich(
    '<r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t>fet</t></r>' +
      '<r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr><t xml:space="preserve"> och vanlig</t></r>',
  );
  const foreign =
    `${HEAD}${SHEET_OPEN}<dimension ref="A1:H4"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="31" customWidth="1"/></cols><sheetData>` +
    rowXml(1, ['Text', 'Tal', 'Datum', 'Tidpunkt', 'Sant', 'Formel', 'Rik text', 'Procent'].map((h, c) => `<c r="${letters(c + 1)}1" t="s"><v>${strings.ref(h)}</v></c>`), '1:8') +
    rowXml(
      2,
      [
        `<c r="A2" s="${S.styled}" t="s"><v>${strings.ref('0042')}</v></c>`,
        '<c r="B2"><v>3.25</v></c>',
        `<c r="C2" s="${S.date}"><v>${serial('2026-03-29')}</v></c>`,
        `<c r="D2" s="${S.dateTime}"><v>${serial('2026-10-25') + 2.5 / 24}</v></c>`,
        '<c r="E2" t="b"><v>1</v></c>',
        '<c r="F2"><f>B2*2</f><v>6.5</v></c>',
        `<c r="G2" t="s"><v>${rich}</v></c>`,
        `<c r="H2" s="${S.percent}"><v>0.25</v></c>`,
      ],
      '1:8',
    ) +
    rowXml(4, [`<c r="A4" t="s"><v>${strings.ref('Sammanslagen')}</v></c>`, '<c r="B4"/>', '<c r="C4"/>'], '1:3') +
    `</sheetData><mergeCells count="1"><mergeCell ref="A4:C4"/></mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId1" display="Text"/></hyperlinks>${MARGINS}</worksheet>`;

  const allNames = [...names, EXCEL_FOREIGN_SHEET];
  const sheetXmls = [trainee, ...plain, foreign];
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetXmls.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels':
      `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'docProps/app.xml':
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity></Properties>`,
    'docProps/core.xml':
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Samordnare</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T08:00:00Z</dcterms:created></cp:coreProperties>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
      '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\samordnare\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
      '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>' +
      allNames.map((name, i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets><definedNames><definedName name="Anteckningar">'${EXCEL_FOREIGN_SHEET}'!$A$1:$H$4</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_R}">` +
      allNames.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${allNames.length + 1}" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${allNames.length + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${allNames.length + 3}" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
    'xl/styles.xml':
      `${HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>' +
      '<fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="4" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>' +
      '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    'xl/sharedStrings.xml': '',
    'xl/calcChain.xml': `${HEAD}<calcChain xmlns="${MAIN}"><c r="${z}3" i="1" l="1"/>${Array.from({ length: lastRow - 3 }, (_, k) => `<c r="${z}${k + 4}"/>`).join('')}<c r="F2" i="${allNames.length}"/></calcChain>`,
    'xl/worksheets/_rels/sheet1.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId2" Type="${R}/comments" Target="../comments1.xml"/><Relationship Id="rId1" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
    [`xl/worksheets/_rels/sheet${allNames.length}.xml.rels`]: `${HEAD}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/hyperlink" Target="https://example.se/" TargetMode="External"/></Relationships>`,
    'xl/comments1.xml':
      `${HEAD}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      `<authors><author>Samordnare</author></authors><commentList><comment ref="${z}1" authorId="0" shapeId="0" xr:uid="{00000000-0006-0000-0000-000001000000}"><text>` +
      '<r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Samordnare:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nEgen uppgift, inte ST-kolls.</t></r></text></comment></commentList></comments>',
    'xl/drawings/vmlDrawing1.vml':
      '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n' +
      '  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n' +
      `  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    ${foreignColumn}, 15, 0, 2, ${foreignColumn + 2}, 15, 4, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>0</x:Row>\r\n   <x:Column>${foreignColumn - 1}</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>`,
  };
  sheetXmls.forEach((xml, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  parts['xl/sharedStrings.xml'] = strings.xml();
  writeFileSync(path, storedZip(parts));
  return { foreignColumn, lastRow };
}

/** A zip of stored (uncompressed) entries: readers handle both kinds, and this keeps the fixture independent of the app's zip writer. */
function storedZip(parts: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
