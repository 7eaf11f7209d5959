/**
 * The "Ansökan" part of the overview (PRODUCT.md §6): one trainee at a time,
 * what the specialist application will need, and the two things a coordinator
 * records most after sessions — leave and intyg. The server validates both
 * with the sheets' own row schemas; its answer is what counts.
 */
import type { ApplicationDto, LogLeaveInput, PersonOptionDto, RegisterCertificateInput, SidebarData, TraineeDetailsDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { whileBusy } from '../busyButton';
import { el, replaceChildren, uniqueId } from '../dom';
import { field, fillSelect, pickerField } from '../formField';
import { type PageSearch, personPicker } from '../personPicker';

const T = SIDEBAR_TEXT.application;

export interface ApplicationView {
  root: HTMLElement;
  update(data: SidebarData): void;
}

export interface ApplicationOptions {
  /** Each resolves with the row written, or null when the call failed (the banner says why). */
  logLeave(input: LogLeaveInput): Promise<number | null>;
  registerCertificate(input: RegisterCertificateInput): Promise<number | null>;
  searchTrainees: PageSearch<PersonOptionDto>;
  /** The chosen trainee's "Ansökan" facts (getTraineeDetails); null when the call failed. */
  details(traineeId: string): Promise<TraineeDetailsDto | null>;
}

export function createApplicationView(options: ApplicationOptions): ApplicationView {
  const picker = personPicker(options.searchTrainees, { placeholder: T.choose, listLabel: T.trainee }, () => void renderStatus());
  const trainee = pickerField('application-trainee', T.trainee, picker);
  const chosenId = () => picker.chosen()?.id ?? '';
  const status = el('div', { className: 'application-status', attrs: { 'aria-live': 'polite' } });
  const result = el('p', { className: 'muted small', attrs: { role: 'status' } });
  const leave = leaveForm(chosenId, options, result);
  const certificate = certificateForm(chosenId, options, result);
  const headingId = uniqueId('application-heading');

  /** The chosen trainee's facts, fetched now (a save or reload may have changed them). */
  async function renderStatus(): Promise<void> {
    const id = chosenId();
    if (!id) return replaceChildren(status);
    const details = await options.details(id);
    // Another trainee may have been chosen while this one was on its way.
    if (!details || details.id !== chosenId()) return;
    replaceChildren(status, details.application ? statusList(details.application) : el('p', { className: 'muted' }, T.noData));
  }

  return {
    root: el(
      'section',
      { className: 'section application', attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, className: 'section-heading' }, T.heading),
      trainee.wrapper,
      status,
      leave.form,
      certificate.form,
      result,
    ),
    update(data) {
      fillSelect(leave.type, T.chooseOption, data.leaveTypes.map((v) => ({ value: v, label: v })));
      fillSelect(certificate.activity, T.chooseOption, data.activities.map((v) => ({ value: v, label: v })));
      void renderStatus();
    },
  };
}

function row(label: string, ...value: Array<string | HTMLElement>): HTMLElement[] {
  return [el('dt', null, label), el('dd', null, ...value)];
}

function statusList(a: ApplicationDto): HTMLElement {
  const moved = a.partTimeDays === 0 && a.leaveDays === 0 ? T.moved(0, 0) : T.moved(a.partTimeDays, a.leaveDays) + T.fullTimeEnd(a.fullTimeEnd);
  const bt = !a.btRequired ? T.btNotApplicable : a.btApproved ? T.btApproved(a.btApproved) : T.btMissing;
  const total = a.delmalWith.length + a.delmalWithout.length;
  return el(
    'dl',
    { className: 'application-facts' },
    ...row(T.regulation, a.regulation),
    ...row(T.estimatedEnd, el('span', { className: 'estimated-end' }, a.estimatedEnd), ' ', el('span', { className: 'muted small' }, moved)),
    ...(a.typedPlannedEnd ? row(T.plannedEnd, a.typedPlannedEnd) : []),
    ...row(T.delmalWith(a.delmalWith.length, total), delmalList('delmal-with', a.delmalWith)),
    ...row(T.delmalWithout, delmalList('delmal-without', a.delmalWithout)),
    ...row(T.bt, bt),
    ...row(T.iup, a.iupDone ?? T.missing),
    ...row(T.agreement, a.agreementSigned ?? T.missing),
  );
}

function delmalList(className: string, items: ApplicationDto['delmalWith']): HTMLElement {
  return el('ul', { className: `delmal ${className}` }, ...items.map((d) => el('li', null, el('strong', null, d.code), ' ', d.title)));
}

function input(type: string, attrs: Record<string, string | number | boolean> = {}): HTMLInputElement {
  return el('input', { className: 'input', attrs: { type, ...attrs } });
}

/** After a save: the server's row, or nothing (the banner already shows the failure). */
function reportSaved(result: HTMLElement, message: (row: number) => string, saved: number | null, form: HTMLFormElement): void {
  if (saved === null) return replaceChildren(result);
  replaceChildren(result, message(saved));
  form.reset();
}

function leaveForm(traineeId: () => string, options: ApplicationOptions, result: HTMLElement) {
  const from = field('leave-from', T.leaveFrom, input('date', { required: true }));
  const to = field('leave-to', T.leaveTo, input('date', { required: true }));
  const type = field('leave-type', T.leaveType, el('select', { className: 'input' }));
  const extent = field('leave-extent', T.leaveExtent, input('number', { min: 1, max: 100, step: 1, placeholder: '100' }));
  const note = field('leave-note', T.leaveNote, input('text', { maxlength: 500 }));
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, T.leaveSubmit);
  const form = el('form', { className: 'form', attrs: { novalidate: true } }, el('h3', { className: 'section-heading' }, T.leaveHeading), from.wrapper, to.wrapper, type.wrapper, extent.wrapper, note.wrapper, el('div', { className: 'button-row' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!traineeId()) return replaceChildren(result, T.chooseTraineeFirst);
    const extentText = extent.control.value.trim();
    const request: LogLeaveInput = {
      traineeId: traineeId(),
      from: from.control.value,
      to: to.control.value,
      type: type.control.value,
      extent: extentText === '' ? null : Number(extentText),
      note: note.control.value,
    };
    void whileBusy(submit, SIDEBAR_TEXT.working, () => options.logLeave(request)).then((saved) => reportSaved(result, T.leaveSaved, saved, form));
  });
  return { form, type: type.control };
}

function certificateForm(traineeId: () => string, options: ApplicationOptions, result: HTMLElement) {
  const delmalHintId = uniqueId('delmal-hint');
  const delmal = field('certificate-delmal', T.certificateDelmal, input('text', { required: true, maxlength: 500 }), el('p', { id: delmalHintId, className: 'hint' }, T.certificateDelmalHint));
  const activity = field('certificate-activity', T.certificateActivity, el('select', { className: 'input' }));
  const title = field('certificate-title', T.certificateTitle, input('text', { maxlength: 500 }));
  const issuedHintId = uniqueId('issued-hint');
  const issued = field('certificate-issued', T.certificateIssued, input('date'), el('p', { id: issuedHintId, className: 'hint' }, T.certificateIssuedHint));
  const issuer = field('certificate-issuer', T.certificateIssuer, input('text', { maxlength: 500 }));
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, T.certificateSubmit);
  const form = el('form', { className: 'form', attrs: { novalidate: true } }, el('h3', { className: 'section-heading' }, T.certificateHeading), delmal.wrapper, activity.wrapper, title.wrapper, issued.wrapper, issuer.wrapper, el('div', { className: 'button-row' }, submit));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!traineeId()) return replaceChildren(result, T.chooseTraineeFirst);
    const request: RegisterCertificateInput = {
      traineeId: traineeId(),
      delmal: delmal.control.value,
      activity: activity.control.value,
      title: title.control.value,
      issued: issued.control.value,
      issuer: issuer.control.value,
    };
    void whileBusy(submit, SIDEBAR_TEXT.working, () => options.registerCertificate(request)).then((saved) => reportSaved(result, T.certificateSaved, saved, form));
  });
  return { form, activity: activity.control };
}
