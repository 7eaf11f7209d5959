/**
 * "Skapa alla saknade överenskommelser" in the Överenskommelser view (issue #12):
 * a plan first (who gets a document, who is skipped and why), then the
 * documents a few at a time — one server call per step — with a progress bar,
 * the current names, links as they are made and failures with their reasons.
 * Avbryt stops after the step in progress; nothing is lost, since each row's
 * document is in the sheet as soon as it exists, and a new plan lists the rest.
 */
import type { AgreementBatchPlanDto, AgreementStepResultDto, BatchRowDto } from '../../src/shared/api';
import { AGREEMENT_BATCH_TEXT } from '../../src/shared/messages/agreementBatch';
import { whileBusy } from '../busyButton';
import { el, replaceChildren, uniqueId } from '../dom';
import { documentLink } from '../safeUrl';

const T = AGREEMENT_BATCH_TEXT;

export interface AgreementBatchOptions {
  /** Resolves with the plan, or null when the call failed (the banner says why). */
  plan(): Promise<AgreementBatchPlanDto | null>;
  /** One step; null when the call failed (the banner says why). */
  step(agreementIds: string[]): Promise<AgreementStepResultDto[] | null>;
  /** After a run that made something: the rest of the sidebar reloads its data. */
  changed(): void;
}

export interface AgreementBatchView {
  root: HTMLElement;
  /** Shows the plan now and moves focus to the flow (the menu item opens the sidebar here). */
  open(): void;
}

/** The run's visible parts, built when "Skapa N dokument" is pressed. */
interface RunArea {
  root: HTMLElement;
  bar: HTMLProgressElement;
  count: HTMLElement;
  current: HTMLElement;
  cancel: HTMLButtonElement;
  created: HTMLElement;
  failed: HTMLElement;
  skipped: HTMLElement;
  summary: HTMLElement;
}

function rowLabel(row: BatchRowDto): string {
  return T.rowLabel(row.row, row.id, row.traineeName);
}

function planList(className: string, items: HTMLElement[]): HTMLElement {
  return el('ul', { className: `batch-list ${className}` }, ...items);
}

function renderPlan(plan: AgreementBatchPlanDto, onStart: () => void): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (plan.toCreate.length === 0) parts.push(el('p', { className: 'success batch-nothing' }, T.nothingToDo));
  else {
    parts.push(el('h3', { className: 'batch-subheading' }, T.willCreateHeading(plan.toCreate.length)));
    parts.push(planList('batch-to-create', plan.toCreate.map((r) => el('li', null, rowLabel(r)))));
  }
  if (plan.skipped.length) {
    parts.push(el('h3', { className: 'batch-subheading' }, T.skippedHeading(plan.skipped.length)));
    parts.push(
      planList(
        'batch-skipped',
        plan.skipped.map((r) => el('li', null, el('span', { className: 'batch-row' }, rowLabel(r)), ' ', el('span', { className: 'batch-reason' }, r.reason))),
      ),
    );
  }
  if (plan.withDocument) parts.push(el('p', { className: 'muted small batch-with-document' }, T.withDocument(plan.withDocument)));
  if (plan.toCreate.length) {
    parts.push(
      el('button', { className: 'button button-primary batch-start', attrs: { type: 'button' }, on: { click: onStart } }, T.start(plan.toCreate.length)),
    );
  }
  return parts;
}

function createRunArea(total: number): RunArea {
  const labelId = uniqueId('batch-progress');
  const area = {
    bar: el('progress', { className: 'batch-progress', attrs: { max: total, value: 0, 'aria-labelledby': labelId } }),
    count: el('span', { id: labelId, className: 'batch-count' }, T.progress(0, total)),
    current: el('p', { className: 'muted small batch-current' }),
    cancel: el('button', { className: 'button batch-cancel', attrs: { type: 'button' } }, T.cancel),
    created: el('ul', { className: 'batch-list batch-created' }),
    failed: el('ul', { className: 'batch-list batch-failed' }),
    skipped: el('ul', { className: 'batch-list batch-skipped-now' }),
    summary: el('p', { className: 'batch-summary', attrs: { role: 'status' } }),
  };
  const root = el(
    'div',
    { className: 'batch-run' },
    el('p', { className: 'batch-progress-line', attrs: { 'aria-live': 'polite' } }, el('span', { className: 'visually-hidden' }, `${T.progressLabel}: `), area.count),
    area.bar,
    area.current,
    area.cancel,
    el('h3', { className: 'batch-subheading' }, T.createdHeading),
    area.created,
    el('h3', { className: 'batch-subheading' }, T.failedHeading),
    area.failed,
    el('h3', { className: 'batch-subheading' }, T.skippedNowHeading),
    area.skipped,
    area.summary,
  );
  return { root, ...area };
}

/** Shows one row's result in its list. */
function showResult(area: RunArea, result: AgreementStepResultDto, row: BatchRowDto | undefined): void {
  const label = row ? rowLabel(row) : result.id;
  if (result.outcome === 'created') {
    area.created.append(
      el(
        'li',
        null,
        documentLink(result.url, result.name),
        result.pdfUrl ? el('span', null, ' · ', documentLink(result.pdfUrl, 'PDF')) : null,
        ...result.warnings.map((w) => el('p', { className: 'hint hint-warning' }, w)),
      ),
    );
  } else {
    const list = result.outcome === 'failed' ? area.failed : area.skipped;
    list.append(el('li', null, el('span', { className: 'batch-row' }, label), ' ', el('span', { className: 'batch-reason' }, result.reason)));
  }
}

export function createAgreementBatchView(options: AgreementBatchOptions): AgreementBatchView {
  const headingId = uniqueId('batch-heading');
  const heading = el('h2', { id: headingId, className: 'section-heading', attrs: { tabindex: -1 } }, T.heading);
  const planButton = el('button', { className: 'button batch-plan', attrs: { type: 'button' } }, T.plan);
  const body = el('div', { className: 'batch-body' });
  const root = el(
    'section',
    { className: 'section batch', attrs: { 'aria-labelledby': headingId } },
    heading,
    el('p', { className: 'hint' }, T.intro),
    planButton,
    body,
  );
  let running = false;

  async function showPlan(): Promise<void> {
    if (running) return;
    const plan = await options.plan();
    if (plan) replaceChildren(body, ...renderPlan(plan, () => void run(plan)));
  }

  async function run(plan: AgreementBatchPlanDto): Promise<void> {
    running = true;
    planButton.disabled = true;
    const rows = new Map(plan.toCreate.map((r) => [r.id, r]));
    const total = plan.toCreate.length;
    const area = createRunArea(total);
    replaceChildren(body, area.root);
    let cancelled = false;
    area.cancel.addEventListener('click', () => {
      cancelled = true;
      area.cancel.disabled = true;
      replaceChildren(area.current, T.cancelling);
    });
    const tally = { done: 0, created: 0, failed: 0, skipped: 0, interrupted: false };
    for (let start = 0; start < total && !cancelled; start += plan.chunkSize) {
      const chunk = plan.toCreate.slice(start, start + plan.chunkSize);
      replaceChildren(area.current, T.current(chunk.map((r) => r.traineeName || r.id).join(', ')));
      const results = await options.step(chunk.map((r) => r.id));
      if (!results) {
        tally.interrupted = true;
        break;
      }
      for (const result of results) {
        showResult(area, result, rows.get(result.id));
        tally[result.outcome] += 1;
      }
      tally.done += chunk.length;
      area.bar.value = tally.done;
      replaceChildren(area.count, T.progress(tally.done, total));
    }
    finish(area, tally, total, cancelled);
  }

  function finish(area: RunArea, tally: { done: number; created: number; failed: number; skipped: number; interrupted: boolean }, total: number, cancelled: boolean): void {
    running = false;
    planButton.disabled = false;
    area.cancel.remove();
    replaceChildren(area.current);
    const text =
      tally.interrupted ? T.summaryInterrupted(tally.done, total)
      : cancelled && tally.done < total ? T.summaryCancelled(tally.done, total)
      : T.summaryDone(tally.created, tally.failed, tally.skipped);
    replaceChildren(area.summary, text);
    area.summary.className = `batch-summary ${tally.interrupted || tally.failed ? 'warning' : 'success'}`;
    for (const list of [area.created, area.failed, area.skipped]) {
      if (!list.childElementCount) {
        list.previousElementSibling?.remove();
        list.remove();
      }
    }
    area.root.append(el('button', { className: 'button batch-again', attrs: { type: 'button' }, on: { click: () => void whileBusy(planButton, T.planning, showPlan) } }, T.again));
    if (tally.created) options.changed();
  }

  planButton.addEventListener('click', () => void whileBusy(planButton, T.planning, showPlan));

  return {
    root,
    open() {
      heading.focus();
      void whileBusy(planButton, T.planning, showPlan);
    },
  };
}
