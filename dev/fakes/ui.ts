/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, all
 * recorded for assertions. Tests queue the user's answers; with nothing
 * queued the user presses the dialog's first button (OK, or YES), or the
 * answer the preview page chose for the next question (answerNextQuestion).
 */
import { Facade } from './calls/counting';
import { makeEnum } from './enums';
import { gasError } from './errors';
import type { FakeHtmlOutput } from './html';

export const Button = makeEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = makeEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** The caption given to createMenu, or null for createAddonMenu (Sheets titles it with the add-on's name). */
  caption: string | null;
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface HtmlShown {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface ToastShown {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

/** The UI log, readable by tests as env.ui. */
export class UiState {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  prompts: PromptRecord[] = [];
  toasts: ToastShown[] = [];
  sidebars: HtmlShown[] = [];
  dialogs: (HtmlShown & { modal: boolean })[] = [];
  private responses: { button: ButtonName; text: string }[] = [];
  /** The preview's "Svar på nästa fråga": used by the next dialog that offers it among several buttons. */
  private nextQuestionAnswer: ButtonName | null = null;

  /** Answers the next question (a dialog with more than one button) with `button`, if it offers it; null forgets it. */
  answerNextQuestion(button: ButtonName | null): void {
    if (button !== null && !(button in Button)) throw new Error(`Unknown button ${button}`);
    this.nextQuestionAnswer = button;
  }

  queueResponse(button: ButtonName): void {
    if (!(button in Button)) throw new Error(`Unknown button ${button}`);
    this.responses.push({ button, text: '' });
  }

  queuePrompt(text: string, button: ButtonName = 'OK'): void {
    this.responses.push({ button, text });
  }

  pendingResponses(): number {
    return this.responses.length;
  }

  clear(): void {
    this.menus = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
    this.sidebars = [];
    this.dialogs = [];
    this.responses = [];
    this.nextQuestionAnswer = null;
  }

  /** The next answer, checked against the buttons the dialog actually offers. */
  answer(buttons: ButtonSetName, prompt: string): { button: ButtonName; text: string } {
    const offered = BUTTONS[buttons];
    let next = this.responses.shift();
    if (!next && this.nextQuestionAnswer && offered.length > 1 && offered.includes(this.nextQuestionAnswer)) {
      next = { button: this.nextQuestionAnswer, text: '' };
      this.nextQuestionAnswer = null;
    }
    next ??= { button: offered[0], text: '' };
    if (next.button !== 'CLOSE' && !offered.includes(next.button)) {
      throw new Error(`The queued response ${next.button} is not a button of ${buttons} (dialog: "${prompt}")`);
    }
    return next;
  }
}

export class FakeMenu extends Facade {
  static gasName = 'Menu';
  static service = 'Ui';

  readonly record: MenuRecord;

  constructor(
    private readonly state: UiState,
    caption: string | null,
    addon: boolean,
  ) {
    super();
    this.record = { caption, addon, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || !functionName) throw gasError('Invalid argument: functionName');
    this.record.items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    if (!(menu instanceof FakeMenu)) throw gasError('Invalid argument: menu');
    this.record.items.push({ caption: menu.record.caption ?? '', items: menu.record.items });
    return this;
  }
  addToUi(): void {
    this.state.menus = this.state.menus.filter((m) => !(m.caption === this.record.caption && m.addon === this.record.addon));
    this.state.menus.push(this.record);
  }
}

export class FakePromptResponse extends Facade {
  static gasName = 'PromptResponse';
  static service = 'Ui';

  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): ButtonName {
    return this.button;
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArguments(first: string, second?: string, third?: ButtonSetName): { title: string | null; prompt: string; set: ButtonSetName } {
  const set = (third ?? (second as ButtonSetName | undefined) ?? 'OK') as ButtonSetName;
  if (!(set in BUTTONS)) throw gasError('Invalid argument: buttons');
  return third !== undefined ? { title: String(first), prompt: String(second), set } : { title: null, prompt: String(first), set };
}

function htmlShown(output: FakeHtmlOutput, fallbackTitle?: string): HtmlShown {
  return { title: fallbackTitle ?? output.getTitle(), content: output.getContent(), width: output.getWidth(), height: output.getHeight() };
}

export class FakeUi extends Facade {
  static gasName = 'Ui';
  static service = 'Ui';

  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly state: UiState) {
    super();
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.state, String(caption), false);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.state, null, true);
  }

  alert(titleOrPrompt: string, promptOrButtons?: string, buttons?: ButtonSetName): ButtonName {
    const { title, prompt, set } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const { button } = this.state.answer(set, prompt);
    this.state.alerts.push({ title, prompt, buttons: set, response: button });
    return button;
  }

  prompt(titleOrPrompt: string, promptOrButtons?: string, buttons?: ButtonSetName): FakePromptResponse {
    const { title, prompt, set } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const { button, text } = this.state.answer(set, prompt);
    this.state.prompts.push({ title, prompt, buttons: set, response: button, responseText: text });
    return new FakePromptResponse(text, button);
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.state.sidebars.push(htmlShown(output));
  }
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.state.dialogs.push({ ...htmlShown(output, String(title)), modal: true });
  }
  showModelessDialog(output: FakeHtmlOutput, title: string): void {
    this.state.dialogs.push({ ...htmlShown(output, String(title)), modal: false });
  }
}
