/**
 * One labelled form control with its hint and its error message, wired for
 * screen readers: the error joins the hint in aria-describedby while it shows.
 */
import type { Combobox } from './combobox';
import { el, replaceChildren, uniqueId } from './dom';

export interface Field<E extends HTMLElement> {
  wrapper: HTMLElement;
  control: E;
  error: HTMLElement;
  hintId: string | null;
}

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Label, then the hint (read before typing), then the control and its error. */
export function field<E extends FormControl>(
  name: string,
  label: string,
  control: E,
  hint: HTMLElement | null = null,
  labelSuffix: string | null = null,
): Field<E> {
  const id = uniqueId(name);
  control.id = id;
  control.name = name;
  const error = el('p', { id: `${id}-error`, className: 'field-error', attrs: { hidden: true } });
  const wrapper = el(
    'div',
    { className: 'field' },
    el('label', { className: 'label', attrs: { for: id } }, label, labelSuffix ? el('span', { className: 'muted' }, ` ${labelSuffix}`) : null),
    hint,
    control,
    error,
  );
  const hintId = hint ? hint.id : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return { wrapper, control, error, hintId };
}

/** A field whose control is a server-backed picker (combobox.ts); its list goes right below the input. */
export interface PickerField extends Field<HTMLInputElement> {
  picker: Combobox;
}

export function pickerField(name: string, label: string, picker: Combobox, labelSuffix: string | null = null): PickerField {
  const f = field(name, label, picker.input, null, labelSuffix);
  picker.input.after(...picker.popup);
  return { ...f, picker };
}

export function setFieldError(f: Field<HTMLElement>, message: string | undefined): void {
  if (message) {
    replaceChildren(f.error, message);
    f.error.hidden = false;
    f.control.setAttribute('aria-invalid', 'true');
    f.control.setAttribute('aria-describedby', [f.error.id, f.hintId].filter(Boolean).join(' '));
  } else {
    replaceChildren(f.error);
    f.error.hidden = true;
    f.control.removeAttribute('aria-invalid');
    if (f.hintId) f.control.setAttribute('aria-describedby', f.hintId);
    else f.control.removeAttribute('aria-describedby');
  }
}

/** Replaces the options but keeps the current choice when it still exists. */
export function fillSelect(select: HTMLSelectElement, placeholder: string, options: Array<{ value: string; label: string }>): void {
  const current = select.value;
  replaceChildren(
    select,
    el('option', { attrs: { value: '' } }, placeholder),
    ...options.map((o) => el('option', { attrs: { value: o.value } }, o.label)),
  );
  select.value = options.some((o) => o.value === current) ? current : '';
}
