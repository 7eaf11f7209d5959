/**
 * A picker that searches the server as the user types (issue #9.6), so the
 * sidebar never holds every trainee or supervisor of a region. The WAI-ARIA
 * 1.2 combobox pattern: a text input with role="combobox" controlling a
 * listbox popup; arrow keys move through the options (aria-activedescendant),
 * Enter chooses, Escape closes (then clears), Tab leaves. Searches wait until
 * typing pauses and an answer to an older query is dropped. Names are set as
 * text (dom.ts), never as markup.
 */
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import type { PageDto } from '../src/shared/search';
import { el, replaceChildren, uniqueId } from './dom';

const S = SIDEBAR_TEXT.search;

/** How long typing must pause before a search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface PickerOption {
  id: string;
  /** What the input shows once chosen. */
  label: string;
  /** Beside the label in the list (ID and Enhet). */
  detail: string;
}

export interface ComboboxOptions {
  /** Resolves with one page, or null when the call failed (the banner says why). */
  search(query: string, offset: number): Promise<PageDto<PickerOption> | null>;
  /** The user chose an option, or changed the text away from their choice (null). */
  onChoose?(option: PickerOption | null): void;
  placeholder: string;
  /** The listbox's accessible name. */
  listLabel: string;
  debounceMs?: number;
}

export interface Combobox {
  input: HTMLInputElement;
  /** The listbox and the status line; they go right after the input. */
  popup: HTMLElement[];
  chosen(): PickerOption | null;
  /** Text typed and nothing chosen: the form must not guess which person was meant. */
  pending(): boolean;
  /** Sets the choice from code (the overview's "Registrera samtal"); onChoose is not called. */
  choose(option: PickerOption | null): void;
  clear(): void;
}

interface PickerState {
  chosen: PickerOption | null;
  items: PickerOption[];
  total: number;
  nextOffset: number | null;
  /** Index of the highlighted option; items.length is the "show more" entry. */
  active: number;
  /** Bumped by every search, so an older answer arriving late is dropped. */
  sequence: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createCombobox(options: ComboboxOptions): Combobox {
  const listId = uniqueId('listbox');
  const input = el('input', {
    className: 'input',
    attrs: {
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
    },
  });
  const list = el('ul', { id: listId, className: 'picker-list', attrs: { role: 'listbox', 'aria-label': options.listLabel, hidden: true } });
  const status = el('p', { className: 'picker-status muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const state: PickerState = { chosen: null, items: [], total: 0, nextOffset: null, active: -1, sequence: 0, timer: undefined };
  const picker = { input, list, status, state, options };

  input.addEventListener('input', () => onTyped(picker));
  input.addEventListener('keydown', (event) => onKey(picker, event));
  input.addEventListener('blur', () => close(picker));
  // Keeps the focus in the input while an option is clicked.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) activate(picker, Number(option.getAttribute('data-index')));
  });

  return {
    input,
    popup: [list, status],
    chosen: () => state.chosen,
    pending: () => state.chosen === null && input.value.trim() !== '',
    choose: (option) => setChoice(picker, option),
    clear: () => {
      setChoice(picker, null);
      replaceChildren(status);
    },
  };
}

interface Picker {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  state: PickerState;
  options: ComboboxOptions;
}

function setChoice(picker: Picker, option: PickerOption | null): void {
  picker.state.chosen = option;
  picker.input.value = option ? option.label : '';
  if (option) picker.input.setAttribute('data-chosen-id', option.id);
  else picker.input.removeAttribute('data-chosen-id');
  close(picker);
}

function onTyped(picker: Picker): void {
  const { state, input, options } = picker;
  if (state.chosen && input.value !== state.chosen.label) {
    const typed = input.value;
    setChoice(picker, null);
    input.value = typed;
    options.onChoose?.(null);
  }
  clearTimeout(state.timer);
  if (input.value.trim() === '') {
    state.sequence += 1;
    close(picker);
    replaceChildren(picker.status);
    return;
  }
  state.timer = setTimeout(() => void search(picker, 0), options.debounceMs ?? SEARCH_DEBOUNCE_MS);
}

function onKey(picker: Picker, event: KeyboardEvent): void {
  const { state } = picker;
  const open = !picker.list.hidden;
  const last = state.items.length + (state.nextOffset === null ? -1 : 0);
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!open) void search(picker, 0);
      else highlight(picker, Math.min(state.active + 1, last));
      return;
    case 'ArrowUp':
      if (!open) return;
      event.preventDefault();
      highlight(picker, Math.max(state.active - 1, 0));
      return;
    case 'Enter':
      if (!open) return;
      // Never submits the form from an open list; a single hit is chosen as it is.
      event.preventDefault();
      if (state.active >= 0) activate(picker, state.active);
      else if (state.items.length === 1 && state.nextOffset === null) activate(picker, 0);
      return;
    case 'Escape':
      if (open) {
        event.preventDefault();
        close(picker);
      } else if (picker.input.value !== '') {
        event.preventDefault();
        const hadChoice = state.chosen !== null;
        setChoice(picker, null);
        replaceChildren(picker.status);
        if (hadChoice) picker.options.onChoose?.(null);
      }
      return;
    default:
  }
}

async function search(picker: Picker, offset: number): Promise<void> {
  const { state } = picker;
  clearTimeout(state.timer);
  const mine = ++state.sequence;
  replaceChildren(picker.status, offset === 0 ? S.searching : S.loadingMore);
  const page = await picker.options.search(picker.input.value.trim(), offset);
  if (mine !== state.sequence) return;
  if (!page) {
    close(picker);
    replaceChildren(picker.status);
    return;
  }
  state.items = offset === 0 ? page.items : state.items.concat(page.items);
  state.total = page.total;
  state.nextOffset = page.nextOffset;
  render(picker, offset === 0 ? -1 : offset);
  replaceChildren(picker.status, state.items.length === 0 ? S.none : S.hits(state.items.length, state.total));
}

function render(picker: Picker, active: number): void {
  const { state, list, input } = picker;
  const options = state.items.map((item, i) =>
    el(
      'li',
      { id: `${list.id}-${i}`, className: 'picker-option', attrs: { role: 'option', 'aria-selected': 'false', 'data-index': i, 'data-id': item.id } },
      el('span', { className: 'picker-label' }, item.label),
      ' ',
      el('span', { className: 'picker-detail muted small' }, item.detail),
    ),
  );
  const more =
    state.nextOffset === null
      ? null
      : el(
          'li',
          { id: `${list.id}-more`, className: 'picker-option picker-more', attrs: { role: 'option', 'aria-selected': 'false', 'data-index': state.items.length } },
          S.more(state.total - state.items.length),
        );
  replaceChildren(list, ...options, more);
  // An answer that arrives after the user left the field does not pop the list open.
  const open = state.items.length > 0 && document.activeElement === input;
  list.hidden = !open;
  input.setAttribute('aria-expanded', String(open));
  highlight(picker, open ? active : -1);
}

function highlight(picker: Picker, index: number): void {
  picker.state.active = index;
  const options = Array.from(picker.list.children) as HTMLElement[];
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  const current = options[index];
  if (current) {
    picker.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView?.({ block: 'nearest' });
  } else {
    picker.input.removeAttribute('aria-activedescendant');
  }
}

function activate(picker: Picker, index: number): void {
  const { state } = picker;
  if (index === state.items.length && state.nextOffset !== null) {
    void search(picker, state.nextOffset);
    return;
  }
  const option = state.items[index];
  if (!option) return;
  setChoice(picker, option);
  replaceChildren(picker.status, S.chosen(option.label));
  picker.options.onChoose?.(option);
}

function close(picker: Picker): void {
  picker.list.hidden = true;
  picker.input.setAttribute('aria-expanded', 'false');
  picker.input.removeAttribute('aria-activedescendant');
  picker.state.active = -1;
}
