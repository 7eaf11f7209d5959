/**
 * One sheet as an editable table: ST-koll's own columns marked and read-only
 * (shown right after the names), user cells edited in place with the editor
 * their column's validation calls for, conditional-format colours, a row to
 * add at the bottom. Every interpolation is escaped (html``).
 */
import type { EditKind } from './cellEdit';
import type { CellColour } from './conditionalColours';
import { html, inlineJson, trusted, type SafeHtml } from './html';
import type { CellView, SheetView } from './page';
import type { SheetEditing } from './sheetEditing';
import { EDIT_PAGE_TEXT as E, PREVIEW_TEXT as T } from './texts';

const COLOUR = /^#[0-9a-f]{3,8}$/i;

function rgb(hex: string): [number, number, number] {
  const h = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex.slice(0, 7);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/**
 * The sheet's text colour, darkened until it reads on its background (WCAG AA,
 * 4.5:1): Sheets' pale greys are fine on a monitor's spreadsheet grid, but the
 * page is also read with a screen magnifier. Only the page changes, never the sheet.
 */
export function readableColour(color: string, background = '#ffffff'): string {
  let fg = rgb(color);
  const bg = rgb(background);
  for (let i = 0; i < 20 && contrast(fg, bg) < 4.5; i++) fg = fg.map((c) => Math.floor(c * 0.85)) as [number, number, number];
  return `#${fg.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function style(colour: CellColour | undefined): string {
  if (!colour) return '';
  const parts: string[] = [];
  const background = colour.background && COLOUR.test(colour.background) ? colour.background : undefined;
  if (background) parts.push(`background:${background}`);
  if (colour.color && COLOUR.test(colour.color)) parts.push(`color:${readableColour(colour.color, background)}`);
  if (colour.bold) parts.push('font-weight:600');
  return parts.join(';');
}

function kindAttributes(kind: EditKind): SafeHtml {
  if (kind.kind === 'list') return html` data-kind="list" data-options="${JSON.stringify(kind.options)}"`;
  return html` data-kind="${kind.kind}"`;
}

function cell(c: CellView, col: number, row: number, header: string, kind: EditKind, colour: CellColour | undefined): SafeHtml {
  const css = style(colour);
  const styleAttr = css ? html` style="${css}"` : '';
  if (kind.kind === 'readonly') {
    return html`<td class="owned" data-col="${col}"${styleAttr} title="${c.text}">${c.localHref ? html`<a href="${c.localHref}" target="_blank" rel="noopener">${c.text}</a>` : c.text}</td>`;
  }
  if (kind.kind === 'checkbox') {
    const checked = c.text === 'TRUE' ? trusted(' checked') : '';
    return html`<td class="checkbox" data-col="${col}" data-kind="checkbox"${styleAttr}><input type="checkbox" aria-label="${E.cellLabel(header, row)}"${checked}></td>`;
  }
  return html`<td class="editable" tabindex="0" data-col="${col}"${kindAttributes(kind)} data-label="${E.cellLabel(header, row)}"${styleAttr} title="${c.text}">${
    c.localHref ? html`<a href="${c.localHref}" target="_blank" rel="noopener">${c.text}</a>` : c.text
  }</td>`;
}

export function editableSheetTable(sheet: SheetView, editing: SheetEditing, selectedRow: number | null, savedTo: string | null): SafeHtml {
  const [header = [], ...body] = sheet.rows;
  const headers = editing.order.map((c) => header[c]?.text ?? '');
  const hidden = new Set(sheet.hiddenRows);
  const headerKind: EditKind = editing.headerEditable ? { kind: 'text' } : { kind: 'readonly' };
  const rowCells = (row: CellView[], r: number) =>
    editing.order.map((c, i) => cell(row[c] ?? { text: '' }, c + 1, r, headers[i], editing.kinds[c] ?? { kind: 'text' }, editing.colours[r - 1]?.[c]));
  const newRow = sheet.rows.length + 1;
  return html`<p class="hint muted">${T.selectRowHint} ${E.hint} ${savedTo ? E.savedTo(savedTo) : E.notSaved} ${selectedRow ? T.selectedRow(sheet.name, selectedRow) : ''} · ${T.rowCount(body.length)}${
    hidden.size ? html` · <span class="filter-note">${T.filterHides(hidden.size)}</span>` : ''
  }${sheet.hasFilter ? html` <button type="button" id="remove-filter" class="small-button">${T.removeFilter}</button>` : ''}</p>
<p id="edit-status" role="status" aria-live="polite"></p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${sheet.name}">
<table id="sheet-table" data-sheet="${sheet.name}">
<thead><tr data-row="1"><th class="rownum" scope="col">1</th>${editing.order.map((c, i) =>
    headerKind.kind === 'readonly'
      ? html`<th scope="col" data-col="${c + 1}" class="${editing.owned[c] ? 'owned-head' : ''}"${style(editing.colours[0]?.[c]) ? html` style="${style(editing.colours[0]?.[c])}"` : ''}>${headers[i]}${editing.owned[c] ? html`<span class="visually-hidden"> (${E.ownedColumn})</span>` : ''}</th>`
      : html`<th scope="col" class="editable" tabindex="0" data-col="${c + 1}" data-kind="text" data-label="${E.cellLabel(headers[i], 1)}">${headers[i]}</th>`,
  )}</tr></thead>
<tbody>${body.map((row, i) =>
    hidden.has(i + 2)
      ? ''
      : html`<tr data-row="${i + 2}" ${selectedRow === i + 2 ? trusted('class="selected"') : ''}><th class="rownum" scope="row"><button type="button" data-select="${i + 2}" aria-label="${T.selectRow(i + 2)}">${i + 2}</button></th>${rowCells(row, i + 2)}</tr>`,
  )}</tbody>
</table>
<template id="new-row"><tr data-row="${newRow}"><th class="rownum" scope="row">${newRow}</th>${rowCells([], newRow)}</tr></template>
</div>
<p><button type="button" id="add-row" class="small-button">${E.addRow}</button></p>`;
}

export const EDITABLE_TABLE_CSS = `
  td.owned { background: #f1f3f4; color: #3c4043; }
  th.owned-head { background: #d9d9d9; }
  td.editable { cursor: text; }
  td.editable:focus { outline: 2px solid var(--primary); outline-offset: -2px; }
  td.editable input, td.editable select { font: inherit; width: 100%; min-width: 9em; }
  td.checkbox { text-align: center; }
  #edit-status { min-height: 1.2em; margin: 0 0 6px; font-size: 12px; }
  #edit-status[data-tone="error"] { color: #b3261e; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  th.rownum + td, th.rownum + th { position: sticky; left: 3em; z-index: 1; background: #fff; }
`;

/** Browser code: click or Enter edits a cell, Enter saves (a dropdown: choosing), Escape cancels, arrows move; checkboxes save when ticked. */
export function editingScript(sheetName: string): string {
  return `(function () {
  var sheet = ${inlineJson(sheetName).value};
  var status = document.getElementById('edit-status');
  var texts = ${inlineJson({ datePlaceholder: E.datePlaceholder }).value};
  // The frame reloads after a save (and again when the shell sees the change): the message outlives both.
  try {
    var last = JSON.parse(sessionStorage.getItem('edit-status') || 'null');
    if (last && status && Date.now() - last.at < 10000) { status.textContent = last.message; status.setAttribute('data-tone', last.tone); }
  } catch (e) {}
  function say(message, tone) {
    sessionStorage.removeItem('edit-status');
    if (status) { status.textContent = message; status.setAttribute('data-tone', tone); }
  }
  function rowOf(el) { return Number(el.closest('tr').getAttribute('data-row')); }
  function send(td, value) {
    var body = JSON.stringify({ sheet: sheet, row: rowOf(td), col: Number(td.getAttribute('data-col')), value: value });
    return fetch('/api/cell', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
      .then(function (r) { return r.json(); })
      .then(function (reply) {
        if (reply.ok) {
          sessionStorage.setItem('edit-status', JSON.stringify({ message: reply.message, tone: 'ok', at: Date.now() }));
          location.reload();
          return true;
        }
        say(reply.message || reply.error && reply.error.message || '', 'error');
        return false;
      });
  }
  function finish(td, text) { td.textContent = text; td.removeAttribute('data-editing'); td.focus(); }
  function startEdit(td) {
    if (td.getAttribute('data-editing')) return;
    var kind = td.getAttribute('data-kind');
    var old = td.textContent;
    var input;
    if (kind === 'list') {
      input = document.createElement('select');
      var options = [''].concat(JSON.parse(td.getAttribute('data-options') || '[]'));
      if (options.indexOf(old) < 0) options.push(old);
      options.forEach(function (value) {
        var option = document.createElement('option');
        option.value = value; option.textContent = value; option.selected = value === old;
        input.appendChild(option);
      });
    } else {
      input = document.createElement('input');
      input.type = 'text';
      input.value = old;
      if (kind === 'date') input.placeholder = texts.datePlaceholder;
    }
    input.setAttribute('aria-label', td.getAttribute('data-label') || '');
    td.setAttribute('data-editing', '1');
    td.textContent = '';
    td.appendChild(input);
    input.focus();
    var done = false;
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        done = true;
        send(td, input.value).then(function (ok) { if (!ok) { done = false; input.focus(); } });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        done = true;
        finish(td, old);
      }
      event.stopPropagation();
    });
    if (kind === 'list') input.addEventListener('change', function () {
      done = true;
      send(td, input.value).then(function (ok) { if (!ok) { done = false; input.focus(); } });
    });
    input.addEventListener('blur', function () { setTimeout(function () { if (!done && td.contains(input)) finish(td, old); }, 150); });
  }
  var table = document.getElementById('sheet-table');
  if (!table) return;
  table.addEventListener('click', function (event) {
    var td = event.target.closest('.editable');
    if (td && !event.target.closest('a')) startEdit(td);
  });
  table.addEventListener('keydown', function (event) {
    var td = event.target;
    if (!td.classList || !td.classList.contains('editable')) return;
    if (event.key === 'Enter' || event.key === 'F2') { event.preventDefault(); startEdit(td); return; }
    var moves = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
    var move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    var tr = td.closest('tr');
    var cells = Array.prototype.slice.call(tr.children);
    var index = cells.indexOf(td);
    var target = null;
    if (move[0] === 0) target = cells[index + move[1]];
    else {
      var other = move[0] > 0 ? tr.nextElementSibling : tr.previousElementSibling;
      if (other) target = other.children[index];
    }
    if (target && target.classList.contains('editable')) target.focus();
  });
  table.addEventListener('change', function (event) {
    var box = event.target;
    if (box.type !== 'checkbox') return;
    send(box.closest('td'), box.checked).then(function (ok) { if (!ok) box.checked = !box.checked; });
  });
  var addRow = document.getElementById('add-row');
  var template = document.getElementById('new-row');
  if (addRow && template) addRow.addEventListener('click', function () {
    if (table.querySelector('tbody tr[data-new]')) return;
    var row = template.content.firstElementChild.cloneNode(true);
    row.setAttribute('data-new', '1');
    table.tBodies[0].appendChild(row);
    var first = row.querySelector('.editable');
    if (first) { first.scrollIntoView({ block: 'nearest' }); first.focus(); }
  });
})();`;
}
