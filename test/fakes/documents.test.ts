/** DocumentApp and the advanced Drive service: the document model, replaceText, files, folders, trash, PDF and drive.file reach. */
import { AGREEMENT_TAGS, escapeRegexPattern } from '../../src/domain/agreement/tags';
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
      ['PARAGRAPH', ''],
      ['PARAGRAPH', 'Underskrifter'],
    ]);
    expect(doc.body[1]).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER' });
    expect(doc.body[2]).toMatchObject({ spans: [{ start: 0, end: 10, attributes: { BOLD: true } }] });
    expect(doc.body[4]).toMatchObject({ nestingLevel: 1 });
    expect(doc.body[6]).toMatchObject({ element: null });
    expect(doc.body[7]).toMatchObject({ element: 'HORIZONTAL_RULE' });
    expect(doc.body[8]).toMatchObject({ attributes: { BOLD: true } });
    expect(doc.text).toBe('\nHandledningsöverenskommelse\nST-läkare: Anna Ek\nHandledning varje vecka\nMedsittning sex gånger per år\nRoll\tNamn\nHandledare\tKarin Berg\n\n\nUnderskrifter');
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
    // The template ends with its table and the paragraph Docs keeps after it; appending both copies
    // gives the copy's table a kept paragraph of its own, then the template's: a blank line too many.
    expect(bundle.env.documents.get(id)!.body.slice(1).map((e) => e.type)).toEqual(['PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'TABLE', 'PARAGRAPH', 'PARAGRAPH']);
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
      'Överenskommelse för Anna $& Ek\nHandledare: Karin Berg (kostnad $5 + moms)\nStart 2024-01-15\nRoll\tNamn\nST-läkare\tAnna $& Ek\n',
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

/** The body's elements as [type, text] (a table as its rows joined). */
function shape(bundle: ReturnType<typeof withSheet>, id: string): Array<[string, string]> {
  return bundle.env.documents.get(id)!.body.map((e) => [e.type, e.type === 'TABLE' ? e.rows.map((r) => r.join('|')).join('/') : e.text]);
}

describe('a body never ends with a table (Docs keeps a paragraph after it)', () => {
  test('appendTable leaves an empty paragraph after the table; a paragraph appended next comes after that blank line', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Avtal'); var body = doc.getBody();
       body.getChild(0).asParagraph().setText('Parter');
       body.appendTable([['ST-läkare', 'Anna Ek']]);
       var count = body.getNumChildren();
       body.appendParagraph('Underskrifter');
       count + ':' + doc.getId()`,
    );
    const [count, docId] = id.split(':');
    expect(count).toBe('3');
    expect(shape(bundle, docId)).toEqual([
      ['PARAGRAPH', 'Parter'],
      ['TABLE', 'ST-läkare|Anna Ek'],
      ['PARAGRAPH', ''],
      ['PARAGRAPH', 'Underskrifter'],
    ]);
  });

  test('insertParagraph at the kept paragraph puts the text right after the table; the kept paragraph stays last', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Avtal'); var body = doc.getBody();
       body.appendTable([['Ort', 'Datum']]);
       body.insertParagraph(2, 'Underskrifter');
       doc.getId()`,
    );
    expect(shape(bundle, id)).toEqual([
      ['PARAGRAPH', ''],
      ['TABLE', 'Ort|Datum'],
      ['PARAGRAPH', 'Underskrifter'],
      ['PARAGRAPH', ''],
    ]);
  });

  test('insertTable at the end keeps a paragraph after it too; inside the body it adds none', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Avtal'); var body = doc.getBody();
       body.appendParagraph('Slut');
       body.insertTable(2, [['sist']]);
       body.insertTable(1, [['mitt']]);
       doc.getId()`,
    );
    expect(shape(bundle, id)).toEqual([
      ['PARAGRAPH', ''],
      ['TABLE', 'mitt'],
      ['PARAGRAPH', 'Slut'],
      ['TABLE', 'sist'],
      ['PARAGRAPH', ''],
    ]);
  });

  test("the paragraph after a final table cannot be removed, with Docs' message; one before another paragraph can", () => {
    const bundle = withSheet([['a']]);
    const setUp = `var doc = DocumentApp.create('Avtal'); var body = doc.getBody(); body.appendTable([['x']]);`;
    expect(thrownMessage(() => inRealm(bundle, `${setUp} body.getChild(2).removeFromParent()`))).toBe("Can't remove the last paragraph in a document section.");
    expect(inRealm(bundle, `${setUp} body.appendParagraph('y'); body.getChild(2).removeFromParent(); body.getNumChildren()`)).toBe(3);
  });

  test("a test's document whose body ends with a table gets the kept paragraph, as in Docs", () => {
    const bundle = bundleWithTemplate();
    expect(shape(bundle, TEMPLATE_ID).slice(-2)).toEqual([
      ['TABLE', 'Roll|Namn/ST-läkare|{{Namn}}'],
      ['PARAGRAPH', ''],
    ]);
  });
});

describe('lists: consecutive list items share one list ID', () => {
  const listIds = (bundle: ReturnType<typeof withSheet>, id: string) =>
    bundle.env.documents.get(id)!.body.flatMap((e) => (e.type === 'LIST_ITEM' ? [`${e.text}:${e.listId}`] : []));

  test('items appended one after another are one list; after a paragraph or a table a new list starts', () => {
    const bundle = withSheet([['a']]);
    const id = inRealm<string>(
      bundle,
      `var doc = DocumentApp.create('Avtal'); var body = doc.getBody();
       var a1 = body.appendListItem('a1'); var a2 = body.appendListItem('a2');
       body.appendParagraph('Mellanrubrik');
       var b1 = body.appendListItem('b1');
       body.appendTable([['x']]);
       var c1 = body.insertListItem(body.getNumChildren() - 1, 'c1');
       var c2 = body.insertListItem(body.getNumChildren() - 1, 'c2');
       JSON.stringify([a1.getListId() === a2.getListId(), a1.getListId() !== b1.getListId(), c1.getListId() === c2.getListId(), c1.getListId() !== b1.getListId(), doc.getId()])`,
    );
    const [sameA, newB, sameC, newC, docId] = JSON.parse(id);
    expect([sameA, newB, sameC, newC]).toEqual([true, true, true, true]);
    expect(new Set(listIds(bundle, docId).map((s) => s.split(':')[1])).size).toBe(3);
  });

  test('an item joining a numbered list shows its glyph', () => {
    const bundle = withSheet([['a']]);
    const glyph = inRealm<string>(
      bundle,
      `var body = DocumentApp.create('Avtal').getBody();
       body.appendListItem('1').setGlyphType(DocumentApp.GlyphType.NUMBER);
       String(body.appendListItem('2').getGlyphType())`,
    );
    expect(glyph).toBe('NUMBER');
  });

  test('setListId continues a list across a table (the reference example); it takes a ListItem only', () => {
    const bundle = withSheet([['a']]);
    const same = inRealm<boolean>(
      bundle,
      `var body = DocumentApp.create('Avtal').getBody();
       var item1 = body.appendListItem('Item 1');
       body.appendTable([['Cell 1', 'Cell 2']]);
       var item2 = body.appendListItem('Item 2');
       var apart = item2.getListId() !== item1.getListId();
       item2.setListId(item1);
       apart && item2.getListId() === item1.getListId()`,
    );
    expect(same).toBe(true);
    expect(thrownMessage(() => inRealm(bundle, `var b = DocumentApp.create('x').getBody(); b.appendListItem('a').setListId(b.appendParagraph('p'))`))).toBe(
      'Invalid argument: listItem',
    );
  });

  test("a copied item keeps its list: a template's two lists stay two, and its list continued after a table stays one", () => {
    const bundle = withSheet([['a']], {
      documents: [
        {
          id: TEMPLATE_ID,
          name: 'Listor',
          body: [
            { type: 'LIST_ITEM', text: 'a1', glyphType: 'NUMBER', list: 'a' },
            { type: 'LIST_ITEM', text: 'a2' },
            { type: 'TABLE', cells: [['mellan']] },
            { type: 'LIST_ITEM', text: 'a3', list: 'a' },
            'Stycke',
            { type: 'LIST_ITEM', text: 'b1', glyphType: 'NUMBER' },
          ],
        },
      ],
    });
    const id = inRealm<string>(
      bundle,
      `var src = DocumentApp.openById('${TEMPLATE_ID}').getBody();
       var out = DocumentApp.create('Kopia'); var body = out.getBody();
       for (var i = 0; i < src.getNumChildren(); i++) {
         var child = src.getChild(i);
         if (child.getType() === DocumentApp.ElementType.LIST_ITEM) body.appendListItem(child.copy());
       }
       out.getId()`,
    );
    const template = listIds(bundle, TEMPLATE_ID).map((s) => s.split(':')[1]);
    expect(template[0]).toBe(template[1]);
    expect(template[2]).toBe(template[0]);
    expect(template[3]).not.toBe(template[0]);
    expect(listIds(bundle, id).map((s) => s.split(':')[1])).toEqual(template);
  });
});

describe('replaceText and findText take RE2 patterns', () => {
  const refused = [
    ['look-behind', '(?<=för )\\\\{\\\\{Namn\\\\}\\\\}'],
    ['negative look-behind', '(?<!x)\\\\{\\\\{Namn\\\\}\\\\}'],
    ['look-ahead', '\\\\{\\\\{(?=Namn)'],
    ['negative look-ahead', '\\\\{\\\\{(?!Namn)'],
    ['a back-reference', '(\\\\{)\\\\1Namn'],
    ['a named back-reference', '(?<b>\\\\{)\\\\k<b>Namn'],
    ['an atomic group', '(?>Namn)'],
    ['possessive repetition', 'Nam*+n'],
  ];

  test.each(refused)('%s is refused by Body.replaceText and findText, as RE2 refuses it', (_name, pattern) => {
    const bundle = bundleWithTemplate();
    const body = `DocumentApp.openById('${TEMPLATE_ID}').getBody()`;
    expect(thrownMessage(() => inRealm(bundle, `${body}.replaceText('${pattern}', 'x')`))).toBe('Invalid argument: searchPattern');
    expect(thrownMessage(() => inRealm(bundle, `${body}.findText('${pattern}')`))).toBe('Invalid argument: searchPattern');
    expect(bundle.env.documents.text(TEMPLATE_ID)).toContain('{{Namn}}');
  });

  test("every tag ST-koll fills, escaped as ST-koll escapes it, is accepted and replaces exactly that tag", () => {
    const bundle = withSheet([['a']], { documents: [{ id: TEMPLATE_ID, name: 'Alla taggar', body: AGREEMENT_TAGS.map((tag) => `före {{${tag}}} efter`) }] });
    for (const tag of AGREEMENT_TAGS) {
      const pattern = JSON.stringify(escapeRegexPattern(`{{${tag}}}`));
      inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().replaceText(${pattern}, 'X')`);
    }
    expect(bundle.env.documents.text(TEMPLATE_ID)).toBe(AGREEMENT_TAGS.map(() => 'före X efter').join('\n'));
  });

  test('a table and a text element refuse them too', () => {
    const bundle = bundleWithTemplate();
    const body = `DocumentApp.openById('${TEMPLATE_ID}').getBody()`;
    expect(thrownMessage(() => inRealm(bundle, `${body}.getTables()[0].replaceText('(?<=x)y', 'z')`))).toBe('Invalid argument: searchPattern');
    expect(thrownMessage(() => inRealm(bundle, `${body}.getChild(0).editAsText().replaceText('(?=x)', 'z')`))).toBe('Invalid argument: searchPattern');
  });

  test.each([
    ['escaped braces (how ST-koll escapes a tag)', '\\\\{\\\\{Namn\\\\}\\\\}'],
    ['\\Q…\\E literal text', '\\\\Q{{Namn}}\\\\E'],
    ['an RE2 named group', '(?P<tag>\\\\{\\\\{Namn\\\\}\\\\})'],
    ['look-around characters inside a class or escaped', '[(?=]*\\\\{\\\\{Nam\\\\(?=?n\\\\}\\\\}|\\\\{\\\\{Namn\\\\}\\\\}'],
    ['a lazy repetition', '\\\\{\\\\{Na.*?\\\\}\\\\}'],
  ])('%s is accepted', (_name, pattern) => {
    const bundle = bundleWithTemplate();
    inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().replaceText('${pattern}', 'Anna')`);
    expect(bundle.env.documents.text(TEMPLATE_ID)).toMatch(/^Överenskommelse för Anna\n/);
  });
});

describe('opening documents', () => {
  test.each([
    ['an unknown id', 'DocumentApp.openById("1NoSuchDoc000000000000000000000000000000000")'],
    ['an inaccessible document', 'DocumentApp.openById("1SecretDoc00000000000000000000000000000000001")'],
  ])('%s is not found', (_name, source) => {
    expect(thrownMessage(() => inRealm(bundleWithTemplate(), source))).toBe(NOT_FOUND);
  });

  test('by URL', () => {
    expect(inRealm(bundleWithTemplate(), `DocumentApp.openByUrl('https://docs.google.com/document/d/${TEMPLATE_ID}/edit').getName()`)).toBe('Min mall');
  });
});

const notFound = (method: string, id: string) => `API call to drive.files.${method} failed with error: File not found: ${id}.`;

describe('the advanced Drive service (v3) under drive.file', () => {
  test('a folder, then a Doc created directly in it: DocumentApp opens it, get reads the fields asked for', () => {
    const bundle = withSheet([['a']]);
    const out = inRealm<string>(
      bundle,
      `var folder = Drive.Files.create({ name: 'ST-koll avtal', mimeType: 'application/vnd.google-apps.folder' }, null, { fields: 'id,name' });
       var doc = Drive.Files.create({ name: 'Avtal', mimeType: MimeType.GOOGLE_DOCS, parents: [folder.id] });
       DocumentApp.openById(doc.id).getBody().appendParagraph('Hej');
       var got = Drive.Files.get(doc.id, { fields: 'name,parents,trashed,webViewLink', supportsAllDrives: true });
       JSON.stringify([Object.keys(folder), Object.keys(doc), got.name, got.parents[0] === folder.id, got.trashed, got.webViewLink.indexOf(doc.id) > 0])`,
    );
    expect(JSON.parse(out)).toEqual([['id', 'name'], ['kind', 'id', 'name', 'mimeType'], 'Avtal', true, false, true]);
    const doc = bundle.env.documents.list().find((d) => d.name === 'Avtal')!;
    expect(doc.text).toContain('Hej');
    expect(bundle.env.drive.item(doc.id)).toMatchObject({ createdByApp: true, owner: 'samordnare@example.se' });
  });

  test("a Doc's PDF export uploaded with create(resource, blob) is a real PDF in the folder", () => {
    const bundle = bundleWithTemplate();
    const id = inRealm<string>(
      bundle,
      `var folder = Drive.Files.create({ name: 'PDF', mimeType: 'application/vnd.google-apps.folder' });
       var pdf = DocumentApp.openById('${TEMPLATE_ID}').getAs('application/pdf');
       Drive.Files.create({ name: 'Min mall.pdf', parents: [folder.id] }, pdf).id`,
    );
    const file = bundle.env.drive.item(id)!;
    expect([file.name, file.mimeType]).toEqual(['Min mall.pdf', 'application/pdf']);
    const text = Buffer.from(bundle.env.drive.content(id)!.bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Handledare: {{Handledare}} \\(kostnad $5 + moms\\)) Tj');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  test('update({ trashed: true }, id) trashes; the file can still be read', () => {
    const bundle = withSheet([['a']]);
    const out = inRealm<string>(
      bundle,
      `var f = Drive.Files.create({ name: 'a.txt' }, Utilities.newBlob('hej', 'text/plain', 'a.txt'));
       Drive.Files.update({ trashed: true }, f.id, null, { fields: 'id' });
       String(Drive.Files.get(f.id, { fields: 'trashed' }).trashed)`,
    );
    expect(out).toBe('true');
    expect(bundle.env.drive.files().filter((f) => f.trashed).map((f) => f.name)).toEqual(['a.txt']);
  });

  test("the user's own template is out of reach (not created by the add-on); DocumentApp opens it", () => {
    const bundle = bundleWithTemplate();
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.get('${TEMPLATE_ID}')`))).toBe(notFound('get', TEMPLATE_ID));
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.update({ trashed: true }, '${TEMPLATE_ID}')`))).toBe(notFound('update', TEMPLATE_ID));
    expect(inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getName()`)).toBe('Min mall');
    expect(thrownMessage(() => inRealm(bundle, `try { Drive.Files.get('nope') } catch (e) { throw new Error(e.name) }`))).toBe('GoogleJsonResponseException');
  });

  test("a colleague's folder: not reachable for another user even when shared; a shared Doc opens through DocumentApp", () => {
    const bundle = withSheet([['a']]);
    const [folderId, docId] = inRealm<string>(
      bundle,
      `var folder = Drive.Files.create({ name: 'Avtal', mimeType: 'application/vnd.google-apps.folder' });
       [folder.id, Drive.Files.create({ name: 'Dok', mimeType: MimeType.GOOGLE_DOCS, parents: [folder.id] }).id].join()`,
    ).split(',');
    bundle.env.user.switchTo('kollega@example.se');
    bundle.env.drive.share(folderId, 'kollega@example.se');
    bundle.env.drive.share(docId, 'kollega@example.se');
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.get('${folderId}')`))).toBe(notFound('get', folderId));
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.create({ name: 'x', parents: ['${folderId}'] })`))).toBe(notFound('create', folderId));
    expect(inRealm(bundle, `DocumentApp.openById('${docId}').getName()`)).toBe('Dok');
    bundle.env.user.switchTo('samordnare@example.se');
    expect(inRealm(bundle, `Drive.Files.get('${folderId}').name`)).toBe('Avtal');
  });

  test("v2-style parents ({ id }) and unsupported fields are refused like the API", () => {
    const bundle = withSheet([['a']]);
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.create({ name: 'x', parents: [{ id: 'root' }] })`))).toMatch(/^API call to drive\.files\.create failed with error: Invalid value for parents/);
    expect(thrownMessage(() => inRealm(bundle, `Drive.Files.create({ name: 'x' }, null, { fields: 'title' })`))).toBe(
      'API call to drive.files.create failed with error: Invalid field selection title',
    );
  });

  test('calls are counted under the Drive service', () => {
    const bundle = bundleWithTemplate();
    inRealm(bundle, `DocumentApp.openById('${TEMPLATE_ID}').getBody().getText(); Drive.Files.create({ name: 'Avtal', mimeType: MimeType.GOOGLE_DOCS })`);
    expect(bundle.env.calls.byMethod()).toEqual({ 'DocumentApp.openById': 1, 'Document.getBody': 1, 'Body.getText': 1, 'Drive.Files.create': 1 });
    expect(bundle.env.calls.byService()).toEqual({ DocumentApp: 3, Drive: 1 });
  });

  test('absent unless the manifest enables it', () => {
    const bundle = withSheet([['a']], { manifest: { oauthScopes: [] } });
    expect(inRealm(bundle, 'typeof Drive')).toBe('undefined');
  });
});
