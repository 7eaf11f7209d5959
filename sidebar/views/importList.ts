/**
 * Importera lista (PRODUCT.md §9): pick the sheet holding the list, adjust
 * which of its columns feed which ST-läkare column, see the dry run (counts,
 * and the problem rows with reasons by the list's own row numbers), then
 * import. The server does every check again; this view only asks.
 */
import type { ImportMappingDto, ImportProposalDto, ImportRequestDto, ImportResultDto, ImportSourcesDto } from '../../src/shared/api';
import { IMPORT_VIEW } from '../../src/shared/messages/import';
import { whileBusy } from '../busyButton';
import { el, replaceChildren, uniqueId } from '../dom';
import { showStatus } from '../feedback';
import { field, fillSelect, type Field } from '../formField';
import { renderImportResult } from './importResult';

const T = IMPORT_VIEW;

export interface ImportView {
  root: HTMLElement;
  /** Called when the view is shown: loads the sheets the first time, and focuses the heading. */
  show(): void;
}

/** Each resolves with null when the call failed (the banner already says why). */
export interface ImportOptions {
  loadSources(): Promise<ImportSourcesDto | null>;
  loadProposal(sheet: string): Promise<ImportProposalDto | null>;
  preview(request: ImportRequestDto): Promise<ImportResultDto | null>;
  run(request: ImportRequestDto): Promise<ImportResultDto | null>;
  /** After an import: refresh the flags and reload the sidebar. */
  afterImport(): Promise<void>;
  close(): void;
}

interface Controls {
  root: HTMLElement;
  heading: HTMLElement;
  sheet: Field<HTMLSelectElement>;
  load: HTMLButtonElement;
  /** The mapping part: hidden until a sheet's columns are in. */
  mapping: HTMLElement;
  mappingHint: HTMLElement;
  columns: HTMLElement;
  preview: HTMLButtonElement;
  run: HTMLButtonElement;
  result: HTMLElement;
}

interface State {
  sources: ImportSourcesDto | null;
  /** The sheet whose columns are shown, and their dropdowns by source header. */
  sheet: string;
  selects: Map<string, HTMLSelectElement>;
  /** The request the shown dry run answered; Importera is offered only for it. */
  previewed: string | null;
}

export function createImportView(options: ImportOptions): ImportView {
  const controls = createControls(options);
  const state: State = { sources: null, sheet: '', selects: new Map(), previewed: null };
  wire(controls, state, options);
  return {
    root: controls.root,
    show: () => void showView(controls, state, options),
  };
}

function createControls(options: ImportOptions): Controls {
  const headingId = uniqueId('import-heading');
  const heading = el('h2', { id: headingId, className: 'section-heading', attrs: { tabindex: -1 } }, T.heading);
  const sheet = field('import-sheet', T.sheetLabel, el('select', { className: 'input' }));
  const load = el('button', { className: 'button', attrs: { type: 'button' } }, T.load);
  const preview = el('button', { className: 'button button-primary', attrs: { type: 'button' } }, T.preview);
  const run = el('button', { className: 'button', attrs: { type: 'button', disabled: true } }, T.run);
  const mappingHint = el('p', { className: 'muted small' });
  const columns = el('div', { className: 'import-columns', attrs: { role: 'group', 'aria-label': T.mappingHeading } });
  const mapping = el(
    'div',
    { className: 'import-mapping', attrs: { hidden: true } },
    el('h3', { className: 'section-heading' }, T.mappingHeading),
    mappingHint,
    columns,
    el('div', { className: 'button-row' }, preview, run),
  );
  const result = el('div', { className: 'import-result-slot' });
  const close = el('button', { className: 'button button-quiet small', attrs: { type: 'button' }, on: { click: () => options.close() } }, T.close);
  const root = el(
    'section',
    { className: 'view import', attrs: { 'aria-labelledby': headingId } },
    el('div', { className: 'section-head' }, heading, close),
    el('p', { className: 'muted small' }, T.intro),
    sheet.wrapper,
    el('div', { className: 'button-row' }, load),
    mapping,
    result,
  );
  return { root, heading, sheet, load, mapping, mappingHint, columns, preview, run, result };
}

function wire(c: Controls, state: State, options: ImportOptions): void {
  c.load.addEventListener('click', () => whileBusy(c.load, T.loading, () => loadColumns(c, state, options)));
  c.preview.addEventListener('click', () => whileBusy(c.preview, T.previewing, () => previewImport(c, state, options)));
  c.run.addEventListener('click', () => void runImport(c, state, options));
}

async function showView(c: Controls, state: State, options: ImportOptions): Promise<void> {
  c.heading.focus();
  if (state.sources) return;
  const sources = await options.loadSources();
  if (!sources) return;
  state.sources = sources;
  fillSelect(c.sheet.control, T.sheetPlaceholder, sources.sheets.map((name) => ({ value: name, label: name })));
  if (sources.sheets.length === 0) replaceChildren(c.result, el('p', { className: 'muted' }, T.noSheets));
  // Opened from the menu while on the list: its columns come at once.
  if (sources.active) {
    c.sheet.control.value = sources.active;
    await whileBusy(c.load, T.loading, () => loadColumns(c, state, options));
  }
}

async function loadColumns(c: Controls, state: State, options: ImportOptions): Promise<void> {
  const sheet = c.sheet.control.value;
  if (!sheet || !state.sources) return;
  const proposal = await options.loadProposal(sheet);
  if (!proposal) return;
  state.sheet = sheet;
  renderMapping(c, state, proposal, state.sources.targets);
}

function renderMapping(c: Controls, state: State, proposal: ImportProposalDto, targets: string[]): void {
  state.selects = new Map();
  const fields = proposal.headers.map((header) => {
    const select = el('select', { className: 'input' });
    fillSelect(select, T.notImported, targets.map((t) => ({ value: t, label: t })));
    select.value = proposal.mapping[header] ?? '';
    select.addEventListener('change', () => forgetPreview(c, state));
    state.selects.set(header, select);
    return field('import-column', header, select).wrapper;
  });
  replaceChildren(c.mappingHint, T.mappingHint(proposal.headerRow));
  replaceChildren(c.columns, ...fields);
  c.mapping.hidden = false;
  forgetPreview(c, state);
}

function currentRequest(state: State): ImportRequestDto {
  const mapping: ImportMappingDto = {};
  for (const [header, select] of state.selects) if (select.value) mapping[header] = select.value;
  return { sheet: state.sheet, mapping };
}

function forgetPreview(c: Controls, state: State): void {
  state.previewed = null;
  c.run.disabled = true;
  replaceChildren(c.result);
}

async function previewImport(c: Controls, state: State, options: ImportOptions): Promise<void> {
  forgetPreview(c, state);
  const request = currentRequest(state);
  const result = await options.preview(request);
  if (!result) return;
  showResult(c, result, false);
  showStatus(T.summary(result.added, result.skipped, result.problems.length));
  state.previewed = JSON.stringify(request);
  c.run.disabled = result.added === 0;
}

async function runImport(c: Controls, state: State, options: ImportOptions): Promise<void> {
  const request = currentRequest(state);
  if (state.previewed !== JSON.stringify(request)) return;
  await whileBusy(c.run, T.running, async () => {
    const result = await options.run(request);
    if (!result) return;
    showResult(c, result, true);
    showStatus(T.done(result.added, result.newSupervisors.length), 'success');
    await options.afterImport();
  });
  // Importing the same list again would add nothing; a new dry run says so.
  state.previewed = null;
  c.run.disabled = true;
}

function showResult(c: Controls, result: ImportResultDto, done: boolean): void {
  replaceChildren(c.result, renderImportResult(result, done));
}
