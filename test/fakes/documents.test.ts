/** DocumentApp and DriveApp: the document model, replaceText, files, folders, trash and PDF. */
import { inRealm, thrownMessage, withSheet } from './helpers';

const TEMPLATE_ID = '1UserTemplateDoc0000000000000000000000000001';
const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

function bundleWithTemplate() {
  return withSheet([['a']], {
    documents: [
      {
        id: TEMPLATE_ID,
        name: 'Min mall',
        body: [
          { type: 'PARAGRAPH', text: 'Överenskommelse för {{Namn}}', heading: 'HEADING1' },
          'Handledare: {{Handledare}} (kostnad $5 + moms)',
          { type: 'LIST_ITEM', text: 'Start {{ST-start}}' },
          { type: 'TABLE', cells: [['Roll', 'Namn'], ['ST-läkare', '{{Namn}}']] },
        ],
      },
      { id: '1SecretDoc00000000000000000000000000000000001', name: 'Hemlig', inaccessible: true },
    ],
  });
}

describe('DocumentApp builds a document model tests can read', () => {
  test('a new document starts with one empty paragraph, like Docs', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(bundle, `var d = DocumentApp.create('Avtal'); d.getBody().getNumChildren() + ':' + d.getId()`);
    const [count, docId] = id.split(':');
    expect(count).toBe('1');
    expect(bundle.env.documents.get(docId)?.body).toEqual([
      { type: 'PARAGRAPH', text: '', heading: 'NORMAL', alignment: null, element: null, attributes: {}, spans: [] },
    ]);
  });

  test('paragraphs, headings, list items, tables, rules and bold runs', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Handledningsöverenskommelse – Anna Ek – 2026-11-23');
       var body = doc.getBody();
       body.clear();
       body.getChild(0).asParagraph().setText('');
       body.appendParagraph('Handledningsöverenskommelse').setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
       var p = body.appendParagraph(''); p.appendText('ST-läkare: ').setBold(true); p.appendText('Anna Ek');
       body.appendListItem('Handledning varje vecka').setGlyphType(DocumentApp.GlyphType.BULLET);
       body.appendListItem('Medsittning sex gånger per år').setNestingLevel(1);
       body.appendTable([['Roll', 'Namn'], ['Handledare', 'Karin Berg']]).setBorderWidth(0);
       body.appendHorizontalRule();
       body.appendParagraph('Underskrifter').editAsText().setBold(true);
       doc.saveAndClose();
       doc.getId()`,
    );
    const doc = bundle.env.documents.get(id)!;
    expect(doc.name).toBe('Handledningsöverenskommelse – Anna Ek – 2026-11-23');
    expect(doc.savedAndClosed).toBe(true);
    expect(doc.parentFolderIds).toEqual([bundle.env.drive.rootFolderId()]);
    expect(doc.body.map((e) => [e.type, 'text' in e ? e.text : e.rows])).toEqual([
      ['PARAGRAPH', ''],
      ['PARAGRAPH', 'Handledningsöverenskommelse'],
      ['PARAGRAPH', 'ST-läkare: Anna Ek'],
      ['LIST_ITEM', 'Handledning varje vecka'],
      ['LIST_ITEM', 'Medsittning sex gånger per år'],
      ['TABLE', [['Roll', 'Namn'], ['Handledare', 'Karin Berg']]],
      ['PARAGRAPH', ''],
      ['PARAGRAPH', 'Underskrifter'],
    ]);
    expect(doc.body[1]).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER' });
    expect(doc.body[2]).toMatchObject({ spans: [{ start: 0, end: 10, attributes: { BOLD: true } }] });
    expect(doc.body[4]).toMatchObject({ nestingLevel: 1 });
    expect(doc.body[6]).toMatchObject({ element: 'HORIZONTAL_RULE' });
    expect(doc.body[7]).toMatchObject({ attributes: { BOLD: true } });
    expect(doc.text).toBe('\nHandledningsöverenskommelse\nST-läkare: Anna Ek\nHandledning varje vecka\nMedsittning sex gånger per år\nRoll\tNamn\nHandledare\tKarin Berg\n\nUnderskrifter');
  });

  test('copy() gives a detached element to append; an attached one is refused', () => {
    const bundle = bundleWithTemplate();
    const id = inRealm<string>(
      bundle,
      `var src = DocumentApp.openById('${TEMPLATE_ID}').getBody();
       var out = DocumentApp.create('Kopia'); var body = out.getBody();
       for (var i = 0; i < src.getNumChildren(); i++) {
         var child = src.getChild(i);
         var type = child.getType();
         if (type === DocumentApp.ElementType.PARAGRAPH) body.appendParagraph(child.copy());
         else if (type === DocumentApp.ElementType.LIST_ITEM) body.appendListItem(child.copy());
         else if (type === DocumentApp.ElementType.TABLE) body.appendTable(child.copy());
       }
       out.getId()`,
    );
    expect(bundle.env.documents.get(id)!.body.slice(1).map((e) => e.type)).toEqual(['PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'TABLE']);
    expect(thrownMessage(() => inRealm(bundle, `var b = DocumentApp.openById('${TEMPLATE_ID}').getBody(); b.appendParagraph(b.getChild(0))`))).toBe(
      'Element must be detached.',
    );
  });
});

describe('replaceText', () => {
  test('replaces tags in paragraphs, list items and table cells; the replacement is literal', () => {
    const bundle = bundleWithTemplate();
    inRealm(
      bundle,
      `var body = DocumentApp.openById('${TEMPLATE_ID}').getBody();
       body.replaceText('{{Namn}}', 'Anna $& Ek');
       body.replaceText('\\\\{\\\\{Handledare\\\\}\\\\}', 'Karin Berg');
       body.replaceText('{{ST-start}}', '2024-01-15');`,
    );
    const doc = bundle.env.documents.get(TEMPLATE_ID)!;
    expect(doc.text).toBe(
      'Överenskommelse för Anna $& Ek\nHandledare: Karin Berg (kostnad $5 + moms)\nStart 2024-01-15\nRoll\tNamn\nST-läkare\tAnna $& Ek',
    );
  });

  test('the pattern is a regular expression: metacharacters match as regex unless escaped', () => {
    const bundle = bundleWithTemplate();
    inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().replaceText('\\\\$5 \\\\+ moms', '5 kr').replaceText('Ö.*för', 'Avtal för')`);
    expect(bundle.env.documents.text(TEMPLATE_ID)).toMatch(/^Avtal för \{\{Namn\}\}\nHandledare: \{\{Handledare\}\} \(kostnad 5 kr\)/);
    inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().replaceText('\\\\Q(kostnad 5 kr)\\\\E', '(gratis)')`);
    expect(bundle.env.documents.text(TEMPLATE_ID)).toMatch(/Handledare: \{\{Handledare\}\} \(gratis\)/);
  });

  test('findText locates a tag', () => {
    const bundle = bundleWithTemplate();
    expect(inRealm(bundle, `var r = DocumentApp.openById('${TEMPLATE_ID}').getBody().findText('\\\\{\\\\{[^}]+\\\\}\\\\}'); r.getElement().getText().slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1)`)).toBe(
      '{{Namn}}',
    );
  });
});

describe('opening documents', () => {
  test.each([
    ['an unknown id', 'DocumentApp.openById("1NoSuchDoc000000000000000000000000000000000")'],
    ['an inaccessible document', 'DocumentApp.openById("1SecretDoc00000000000000000000000000000000001")'],
    ['an unknown file', 'DriveApp.getFileById("1NoSuchDoc000000000000000000000000000000000")'],
    ['an inaccessible file', 'DriveApp.getFileById("1SecretDoc00000000000000000000000000000000001")'],
  ])('%s is not found', (_name, source) => {
    expect(thrownMessage(() => inRealm(bundleWithTemplate(), source))).toBe(NOT_FOUND);
  });

  test('by URL', () => {
    expect(inRealm(bundleWithTemplate(), `DocumentApp.openByUrl('https://docs.google.com/document/d/${TEMPLATE_ID}/edit').getName()`)).toBe('Min mall');
  });
});

describe('DriveApp', () => {
  test('a created doc is a Drive file in the root until moved into a folder', () => {
    const bundle = withSheet([['a']]);
    const out = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Avtal');
       var file = DriveApp.getFileById(doc.getId());
       var before = file.getParents().next().getName();
       var folder = DriveApp.createFolder('ST-koll avtal');
       file.moveTo(folder);
       var names = []; var it = folder.getFiles(); while (it.hasNext()) names.push(it.next().getName());
       [before, file.getParents().next().getId() === folder.getId(), names.join(), file.getMimeType() === MimeType.GOOGLE_DOCS, file.getUrl() === doc.getUrl() + '?usp=drivesdk'].join()`,
    );
    expect(out).toBe('Min enhet,true,Avtal,true,true');
    expect(bundle.env.drive.folders().map((f) => f.name)).toEqual(['Min enhet', 'ST-koll avtal']);
  });

  test('iterators end like Apps Script', () => {
    const bundle = withSheet([['a']]);
    expect(thrownMessage(() => inRealm(bundle, `var it = DriveApp.createFolder('Tom').getFiles(); it.hasNext() || it.next()`))).toBe(
      'Cannot retrieve the next object: iterator has reached the end.',
    );
  });

  test('trash: trashed files leave folder listings but stay openable', () => {
    const bundle = withSheet([['a']]);
    const out = inRealm<string>(
      bundle,
      `var folder = DriveApp.createFolder('Avtal');
       var a = folder.createFile('a.txt', 'hej'); var b = folder.createFile('b.txt', 'då');
       a.setTrashed(true);
       var names = []; var it = folder.getFiles(); while (it.hasNext()) names.push(it.next().getName());
       [names.join(), DriveApp.getFileById(a.getId()).isTrashed(), folder.getFilesByName('b.txt').next().getBlob().getDataAsString()].join()`,
    );
    expect(out).toBe('b.txt,true,då');
    expect(bundle.env.drive.files().filter((f) => f.trashed).map((f) => f.name)).toEqual(['a.txt']);
  });

  test('getAs(application/pdf) gives a named PDF blob that can be saved as a file', () => {
    const bundle = bundleWithTemplate();
    const out = inRealm<string>(
      bundle,
      `var pdf = DriveApp.getFileById('${TEMPLATE_ID}').getAs('application/pdf');
       var saved = DriveApp.createFolder('PDF').createFile(pdf);
       [pdf.getName(), pdf.getContentType(), saved.getName(), saved.getMimeType(), saved.getId()].join()`,
    );
    const [name, type, savedName, savedType, savedId] = out.split(',');
    expect([name, type, savedName, savedType]).toEqual(['Min mall.pdf', 'application/pdf', 'Min mall.pdf', 'application/pdf']);
    const content = bundle.env.drive.content(savedId)!;
    const text = Buffer.from(content.bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Handledare: {{Handledare}} \\(kostnad $5 + moms\\)) Tj');
    expect(text).toContain(Buffer.from('Överenskommelse', 'latin1').toString('latin1'));
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  test('makeCopy of a template creates an app-owned document with the same content', () => {
    const bundle = bundleWithTemplate();
    const id = inRealm<string>(bundle, `var folder = DriveApp.createFolder('Ut'); DriveApp.getFileById('${TEMPLATE_ID}').makeCopy('Avtal Anna', folder).getId()`);
    const copy = bundle.env.documents.get(id)!;
    expect(copy.name).toBe('Avtal Anna');
    expect(copy.createdByApp).toBe(true);
    expect(copy.text).toBe(bundle.env.documents.text(TEMPLATE_ID));
    inRealm(bundle, `DocumentApp.openById('${id}').getBody().replaceText('{{Namn}}', 'Anna')`);
    expect(bundle.env.documents.text(TEMPLATE_ID)).toContain('{{Namn}}');
  });

  test('Drive and Docs calls are counted under their services', () => {
    const bundle = bundleWithTemplate();
    inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().getText(); DriveApp.getFileById('${TEMPLATE_ID}').getAs('application/pdf').getName()`);
    expect(bundle.env.calls.byMethod()).toEqual({
      'DocumentApp.openById': 1,
      'Document.getBody': 1,
      'Body.getText': 1,
      'DriveApp.getFileById': 1,
      'File.getAs': 1,
      'Blob.getName': 1,
    });
    expect(bundle.env.calls.byService()).toEqual({ DocumentApp: 3, DriveApp: 3 });
  });
});
