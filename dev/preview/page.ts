/**
 * The preview's pages, rendered on the server with auto-escaping templates:
 *   /           the shell: the ST-koll menu as buttons, the workbook frame and the sidebar frame
 *   /workbook   one sheet as a table (tabs are links), messages and generated documents
 * The two frames are separate documents so that reloading the workbook after a
 * change never resets the sidebar the user is working in.
 */
import { chartSvg, type PreviewChart } from './charts';
import { html, inlineJson, trusted, type SafeHtml } from './html';
import { OUTBOX_PATH, OUTBOX_TEXT } from './outbox';
import type { SheetEditing } from './sheetEditing';
import { EDITABLE_TABLE_CSS, editableSheetTable, editingScript } from './sheetTable';
import { PREVIEW_TEXT as T } from './texts';

export interface MenuItem {
  /** The global function the menu item calls. */
  name: string;
  label: string;
}

export interface CellView {
  text: string;
  /** A local link for a cell that holds the URL of a generated document. */
  localHref?: string;
}

export interface SheetView {
  name: string;
  rows: CellView[][];
  /** 1-based rows a filter hides (e.g. after "Visa försenade årliga avstämningar"). */
  hiddenRows: number[];
  /** Whether the sheet has a filter (the page then offers "Ta bort filtret"). */
  hasFilter?: boolean;
  /** Editors, ST-koll's own columns, column order and colours (the active sheet). */
  editing?: SheetEditing;
  /** The sheet's embedded charts, drawn as SVG below the table (Översikt). */
  charts?: PreviewChart[];
}

export interface PreviewEvent {
  kind: 'alert' | 'toast' | 'dialog';
  title: string;
  message: string;
  /** A dialog's HTML, served by the preview. */
  href?: string;
  /** For a question (a dialog with several buttons): the answer given, in Swedish. */
  answer?: string;
}

export interface DocumentEntry {
  name: string;
  href: string;
}

export interface WorkbookModel {
  today: string;
  sheets: SheetView[];
  activeSheet: string;
  selectedRow: number | null;
  events: PreviewEvent[];
  documents: DocumentEntry[];
  /** The file every change is saved to (`--workbook`), else null. */
  savedTo?: string | null;
}

const BASE_CSS = `
  :root { color-scheme: light; --border:#dadce0; --muted:#5f6368; --primary:#1967d2; --soft:#f8f9fa; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px/1.45 Roboto, 'Segoe UI', Arial, sans-serif; color: #202124; background: #fff; }
  :focus-visible { outline: 2px solid var(--primary); outline-offset: 2px; }
  button { font: inherit; }
  .muted { color: var(--muted); }
`;

/** `intro`: what the page says about its data (default: the sample workbook's note). */
export function renderShell(menu: MenuItem[], today: string, nonce: string, intro: string = T.intro): string {
  const page = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${T.title}</title>
<style>${trusted(BASE_CSS)}
  body { display: flex; flex-direction: column; height: 100vh; overflow: hidden; }
  header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 16px; border-bottom: 1px solid var(--border); background: var(--soft); }
  h1 { margin: 0; font-size: 16px; font-weight: 500; }
  .intro { flex: 1 1 320px; margin: 0; font-size: 12px; }
  nav { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 8px 16px; border-bottom: 1px solid var(--border); }
  nav h2 { margin: 0 8px 0 0; font-size: 13px; font-weight: 600; }
  nav button { padding: 5px 10px; border: 1px solid var(--border); border-radius: 4px; background: #fff; color: var(--primary); cursor: pointer; }
  nav button:hover { background: #f6fafe; }
  nav button[aria-busy="true"] { opacity: .6; }
  #menu-status { flex-basis: 100%; margin: 0; min-height: 1.45em; font-size: 12px; white-space: pre-wrap; }
  .answer-control { display: inline-flex; align-items: center; gap: 6px; margin-left: 8px; padding-left: 12px; border-left: 1px solid var(--border); }
  .answer-control select { font: inherit; padding: 3px 4px; }
  .answer-hint { flex-basis: 100%; margin: 0; font-size: 12px; }
  #menu-status[data-tone="error"] { color: #b3261e; }
  main { flex: 1; display: flex; min-height: 0; }
  #workbook { flex: 1; min-width: 0; border: 0; }
  aside { display: flex; flex-direction: column; width: 300px; flex: none; border-left: 1px solid var(--border); }
  .sidebar-head { display: flex; align-items: center; justify-content: space-between; padding: 6px 8px 6px 12px; border-bottom: 1px solid var(--border); background: var(--soft); }
  .sidebar-head h2 { margin: 0; font-size: 14px; font-weight: 500; }
  .sidebar-head button { border: 0; background: none; color: var(--primary); cursor: pointer; font-size: 12px; }
  #sidebar { flex: 1; width: 300px; border: 0; }
  dialog { width: min(720px, 92vw); height: min(560px, 86vh); padding: 0; border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.28); }
  dialog::backdrop { background: rgba(32,33,36,.45); }
  .dialog-inner { display: flex; flex-direction: column; height: 100%; }
  .dialog-head { display: flex; align-items: center; justify-content: space-between; padding: 8px 12px; border-bottom: 1px solid var(--border); }
  .dialog-head h2 { margin: 0; font-size: 15px; font-weight: 500; }
  .dialog-head button { border: 0; background: none; font-size: 20px; cursor: pointer; }
  #dialog-frame { flex: 1; border: 0; width: 100%; }
</style>
</head>
<body>
<header>
  <h1>${T.title}</h1>
  <p class="intro muted">${intro} ${T.today(today)}</p>
</header>
<nav aria-labelledby="menu-heading">
  <h2 id="menu-heading">${T.menuHeading}</h2>
  ${menu.map((item) => html`<button type="button" data-menu="${item.name}">${item.label}</button>`)}
  <span class="answer-control">
    <label for="next-answer">${T.nextAnswerLabel}</label>
    <select id="next-answer" aria-describedby="next-answer-hint">
      <option value="YES">${T.answers.YES}</option>
      <option value="NO">${T.answers.NO}</option>
      <option value="CANCEL">${T.answers.CANCEL}</option>
    </select>
  </span>
  <p id="next-answer-hint" class="muted answer-hint">${T.nextAnswerHint}</p>
  <a href="${OUTBOX_PATH}" target="_blank" rel="noopener">${OUTBOX_TEXT.link}</a>
  <p id="menu-status" role="status" aria-live="polite"></p>
</nav>
<main>
  <iframe id="workbook" name="workbook" src="/workbook" title="${T.sheetsLabel}"></iframe>
  <aside aria-labelledby="sidebar-title">
    <div class="sidebar-head"><h2 id="sidebar-title">${T.sidebarTitle}</h2><button type="button" id="reload-sidebar">${T.sidebarReload}</button></div>
    <iframe id="sidebar" name="sidebar" src="/sidebar" title="${T.sidebarTitle}"></iframe>
  </aside>
</main>
<dialog id="dialog" aria-labelledby="dialog-title">
  <div class="dialog-inner">
    <div class="dialog-head"><h2 id="dialog-title"></h2><button type="button" id="dialog-close" aria-label="${T.closeDialog}">×</button></div>
    <iframe id="dialog-frame" title="${T.dialog}"></iframe>
  </div>
</dialog>
<script nonce="${nonce}">${trusted(shellScript())}</script>
</body>
</html>`;
  return page.value;
}

/** Browser code of the shell: menu buttons, reloading the frames, following changes. */
function shellScript(): string {
  return `(function () {
  var status = document.getElementById('menu-status');
  var nextAnswer = document.getElementById('next-answer');
  var workbook = document.getElementById('workbook');
  var sidebar = document.getElementById('sidebar');
  var version = null;
  function reloadWorkbook() { workbook.contentWindow.location.reload(); }
  // shown: the sidebar exactly as the menu item just opened it (it may open on a view of its own).
  function reloadSidebar(shown) { sidebar.src = '/sidebar?' + (shown === true ? 'shown=1&' : '') + 't=' + Date.now(); }
  document.getElementById('reload-sidebar').addEventListener('click', function () { reloadSidebar(false); });
  var dialog = document.getElementById('dialog');
  function openDialog(title, href) {
    document.getElementById('dialog-title').textContent = title;
    document.getElementById('dialog-frame').src = href;
    dialog.showModal();
  }
  document.getElementById('dialog-close').addEventListener('click', function () { dialog.close(); });
  document.querySelectorAll('button[data-menu]').forEach(function (button) {
    button.addEventListener('click', function () {
      var name = button.getAttribute('data-menu');
      button.setAttribute('aria-busy', 'true');
      var body = JSON.stringify({ answer: nextAnswer.value });
      fetch('/api/menu/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
        .then(function (r) { return r.json(); })
        .then(function (reply) {
          status.textContent = reply.message || '';
          status.setAttribute('data-tone', reply.ok ? 'ok' : 'error');
          // The answer was for the next question only.
          if (reply.asked) nextAnswer.value = 'YES';
          if (reply.sidebarOpened) reloadSidebar(true);
          if (reply.dialogHref) openDialog(reply.dialogTitle || '', reply.dialogHref);
          version = reply.version;
          reloadWorkbook();
        })
        .catch(function (e) { status.textContent = String(e); status.setAttribute('data-tone', 'error'); })
        .then(function () { button.removeAttribute('aria-busy'); });
    });
  });
  // Follow changes made from the sidebar (a logged session, a new document).
  // A frame that already shows this version (it reloads itself after a cell edit) is left alone:
  // a second reload would throw away an editor the user has just opened.
  function shownVersion() {
    try { return workbook.contentDocument.body.getAttribute('data-version'); } catch (e) { return null; }
  }
  setInterval(function () {
    fetch('/api/version').then(function (r) { return r.json(); }).then(function (reply) {
      if (version !== null && reply.version !== version && shownVersion() !== String(reply.version)) reloadWorkbook();
      version = reply.version;
    }).catch(function () {});
  }, 1500);
})();`;
}

/** `version`: the backend's change counter this page shows, so the shell reloads the frame only when it is behind. */
export function renderWorkbook(model: WorkbookModel, nonce: string, version = -1): string {
  const sheet = model.sheets.find((s) => s.name === model.activeSheet) || model.sheets[0];
  const page = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${T.sheetsLabel}</title>
<style>${trusted(BASE_CSS)}${trusted(EDITABLE_TABLE_CSS)}
  body { padding: 0 16px 24px; }
  .tabs { position: sticky; top: 0; z-index: 2; display: flex; gap: 2px; margin: 0 -16px; padding: 8px 16px 0; background: #fff; border-bottom: 1px solid var(--border); }
  .tabs a { padding: 6px 12px; border: 1px solid transparent; border-bottom: 0; border-radius: 6px 6px 0 0; color: var(--muted); text-decoration: none; }
  .tabs a[aria-current="page"] { border-color: var(--border); background: #fff; color: #188038; font-weight: 600; margin-bottom: -1px; }
  .tabs a:hover { background: var(--soft); }
  .hint { margin: 8px 0; font-size: 12px; }
  .table-wrap { overflow: auto; max-height: 62vh; border: 1px solid var(--border); }
  table { border-collapse: collapse; font-size: 12px; white-space: nowrap; }
  th, td { padding: 3px 8px; border-right: 1px solid #e8eaed; border-bottom: 1px solid #e8eaed; text-align: left; max-width: 280px; overflow: hidden; text-overflow: ellipsis; }
  thead th { position: sticky; top: 0; z-index: 1; background: #f1f3f4; font-weight: 600; }
  th.rownum { position: sticky; left: 0; background: #f1f3f4; color: var(--muted); text-align: right; font-weight: 400; }
  th.rownum button { border: 0; padding: 0 2px; background: none; color: inherit; font: inherit; cursor: pointer; }
  .filter-note { color: #b06000; }
  .small-button { margin-left: 6px; padding: 2px 8px; border: 1px solid var(--border); border-radius: 4px; background: #fff; color: var(--primary); font: inherit; cursor: pointer; }
  .event-answer { margin-left: 6px; font-weight: 600; }
  thead th.rownum { z-index: 2; }
  tr.selected td, tr.selected th { background: #e8f0fe; }
  tbody tr:hover td { background: #f8f9fa; }
  section { margin-top: 20px; }
  h2 { margin: 0 0 6px; font-size: 14px; font-weight: 600; }
  ul { margin: 0; padding-left: 18px; }
  .event-kind { display: inline-block; min-width: 76px; color: var(--muted); }
  .event-title { font-weight: 600; }
  .event-message { white-space: pre-wrap; }
  .charts { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 12px; }
  .chart { margin: 0; } .chart figcaption { font-weight: 600; margin-bottom: 4px; }
  .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 0 24px; }
</style>
</head>
<body data-version="${String(version)}">
<nav class="tabs" aria-label="${T.sheetsLabel}">
  ${model.sheets.map(
    (s) => html`<a href="/workbook?sheet=${encodeURIComponent(s.name)}" ${s === sheet ? trusted('aria-current="page"') : ''}>${s.name}</a>`,
  )}
</nav>
${
  sheet
    ? sheet.editing
      ? editableSheetTable(sheet, sheet.editing, model.selectedRow, model.savedTo ?? null)
      : sheetTable(sheet, model.selectedRow)
    : html`<p class="muted">${T.emptySheet}</p>`
}
${sheet?.charts?.length ? html`<section class="charts" aria-label="${sheet.name}">${sheet.charts.map(chartSvg)}</section>` : ''}
<div class="columns">
<section aria-labelledby="events-heading">
  <h2 id="events-heading">${T.eventsHeading}</h2>
  ${
    model.events.length === 0
      ? html`<p class="muted">${T.noEvents}</p>`
      : html`<ul id="events">${model.events
          .slice()
          .reverse()
          .map(
            (e) =>
              html`<li data-kind="${e.kind}"><span class="event-kind">${e.kind === 'alert' ? T.alert : e.kind === 'dialog' ? T.dialog : T.toast}</span> ${
                e.title ? html`<span class="event-title">${e.title}</span> ` : ''
              }${e.href ? html`<a href="${e.href}" target="_blank" rel="noopener">${T.openDialog}</a>` : html`<span class="event-message">${e.message}</span>`}${
                e.answer ? html`<span class="event-answer">${T.answered(e.answer)}</span>` : ''
              }</li>`,
          )}</ul>`
  }
</section>
<section aria-labelledby="documents-heading">
  <h2 id="documents-heading">${T.documentsHeading}</h2>
  ${
    model.documents.length === 0
      ? html`<p class="muted">${T.noDocuments}</p>`
      : html`<ul id="documents">${model.documents.map(
          (d) => html`<li><a href="${d.href}" target="_blank" rel="noopener">${d.name}</a></li>`,
        )}</ul>`
  }
</section>
</div>
<script nonce="${nonce}">${trusted(workbookScript(sheet ? sheet.name : ''))}</script>
${sheet?.editing ? html`<script nonce="${nonce}">${trusted(editingScript(sheet.name))}</script>` : ''}
</body>
</html>`;
  return page.value;
}

function sheetTable(sheet: SheetView, selectedRow: number | null): SafeHtml {
  const [header = [], ...body] = sheet.rows;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const cells = (row: CellView[]) => Array.from({ length: width }, (_, i) => row[i] || { text: '' });
  const hidden = new Set(sheet.hiddenRows);
  return html`<p class="hint muted">${T.selectRowHint} ${selectedRow ? T.selectedRow(sheet.name, selectedRow) : ''} · ${T.rowCount(body.length)}${
    hidden.size ? html` · <span class="filter-note">${T.filterHides(hidden.size)}</span>` : ''
  }${sheet.hasFilter ? html` <button type="button" id="remove-filter" class="small-button">${T.removeFilter}</button>` : ''}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${sheet.name}">
<table id="sheet-table" data-sheet="${sheet.name}">
<thead><tr><th class="rownum" scope="col">1</th>${cells(header).map((c) => html`<th scope="col">${c.text}</th>`)}</tr></thead>
<tbody>${body.map(
    (row, i) =>
      hidden.has(i + 2)
        ? ''
        : html`<tr data-row="${i + 2}" ${selectedRow === i + 2 ? trusted('class="selected"') : ''}><th class="rownum" scope="row"><button type="button" data-select="${i + 2}" aria-label="${T.selectRow(i + 2)}">${i + 2}</button></th>${cells(row).map(
      (c) => html`<td title="${c.text}">${c.localHref ? html`<a href="${c.localHref}" target="_blank" rel="noopener">${c.text}</a>` : c.text}</td>`,
    )}</tr>`,
  )}</tbody>
</table>
</div>`;
}

/** Browser code of the workbook frame: row selection and keeping the scroll position across reloads. */
function workbookScript(sheetName: string): string {
  return `(function () {
  var sheet = ${inlineJson(sheetName).value};
  var wrap = document.querySelector('.table-wrap');
  var key = 'scroll:' + sheet;
  try { var saved = JSON.parse(sessionStorage.getItem(key) || 'null'); if (saved && wrap) { wrap.scrollTop = saved.top; wrap.scrollLeft = saved.left; } } catch (e) {}
  window.addEventListener('beforeunload', function () {
    if (wrap) sessionStorage.setItem(key, JSON.stringify({ top: wrap.scrollTop, left: wrap.scrollLeft }));
  });
  var removeFilter = document.getElementById('remove-filter');
  if (removeFilter) removeFilter.addEventListener('click', function () {
    fetch('/api/filter/remove', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet: sheet }) })
      .then(function () { location.reload(); });
  });
  document.querySelectorAll('button[data-select]').forEach(function (button) {
    button.addEventListener('click', function () {
      var row = Number(button.getAttribute('data-select'));
      fetch('/api/select', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet: sheet, row: row }) })
        .then(function () { location.reload(); });
    });
  });
})();`;
}
