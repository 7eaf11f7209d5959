/** HtmlService: HTML outputs from project files or strings, and templates with scriptlets. */
import { Facade } from './calls/counting';
import { makeEnum } from './enums';
import { gasError } from './errors';

export const SandboxMode = makeEnum('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = makeEnum('ALLOWALL', 'DEFAULT');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class FakeHtmlOutput extends Facade {
  static gasName = 'HtmlOutput';
  static service = 'HtmlService';

  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandbox = 'IFRAME';
  private xFrame = 'DEFAULT';
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(private content: string) {
    super();
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(html: string): this {
    this.content += String(html);
    return this;
  }
  appendUntrusted(text: string): this {
    this.content += escapeHtml(String(text));
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
  getSandboxMode(): string {
    return this.sandbox;
  }
  setXFrameOptionsMode(mode: string): this {
    this.xFrame = mode;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
}

/**
 * A template: `<?= expr ?>` (escaped), `<?!= expr ?>` (raw), `<? code ?>`,
 * with the template's assigned properties in scope, compiled in this realm.
 */
export class FakeHtmlTemplate extends Facade {
  static gasName = 'HtmlTemplate';
  static service = 'HtmlService';
  static openProperties = true;

  // Underscored so it is neither a template variable nor visible to the script.
  private readonly _source: string;

  constructor(source: string) {
    super();
    this._source = source;
  }

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    let code = 'var __out = [];\n';
    const pattern = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(this._source))) {
      code += `__out.push(${JSON.stringify(this._source.slice(last, match.index))});\n`;
      if (match[1] === '=') code += `__out.push(__escape(String(${match[2]})));\n`;
      else if (match[1] === '!=') code += `__out.push(String(${match[2]}));\n`;
      else code += `${match[2]}\n`;
      last = pattern.lastIndex;
    }
    code += `__out.push(${JSON.stringify(this._source.slice(last))});\nreturn __out.join('');`;
    return code;
  }

  evaluate(): FakeHtmlOutput {
    const names = Object.keys(this).filter((k) => !k.startsWith('_'));
    const values = names.map((k) => (this as unknown as Record<string, unknown>)[k]);
    const render = new Function('__escape', ...names, this.getCode()) as (...args: unknown[]) => string;
    return new FakeHtmlOutput(render(escapeHtml, ...values));
  }
}

export class FakeHtmlService extends Facade {
  static gasName = 'HtmlService';
  static service = 'HtmlService';

  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly files: Record<string, string>) {
    super();
  }

  private _file(name: string): string {
    const key = String(name).replace(/\.html$/, '');
    const content = this.files[key];
    if (content === undefined) throw gasError(`No HTML file named ${key} was found.`);
    return content;
  }

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this._file(filename));
  }
  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(String(html));
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this._file(filename));
  }
}
