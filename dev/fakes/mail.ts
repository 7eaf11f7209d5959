/**
 * MailApp (scope script.send_mail): an outbox and the daily recipient quota.
 * Quota counts recipients (to, cc, bcc), as Apps Script does; an address that
 * is not one, or a send over the quota, throws before anything is sent.
 */
import { Facade } from './calls/counting';
import { gasError } from './errors';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
}

/** Consumer accounts: 100 recipients a day. */
export const DEFAULT_MAIL_QUOTA = 100;
/** Apps Script quota "Email body size": 200 KB a message (consumer accounts). */
export const BODY_LIMIT_BYTES = 200 * 1024;

/** UTF-8 length, counted without any helper shared with the code under test. */
function utf8Length(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, 'x').length;
}
const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

export class MailState {
  outbox: SentMail[] = [];
  constructor(public quota: number = DEFAULT_MAIL_QUOTA) {}
}

function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function text(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

export class FakeMailApp extends Facade {
  static gasName = 'MailApp';
  static service = 'MailApp';

  constructor(private readonly state: MailState) {
    super();
  }

  getRemainingDailyQuota(): number {
    return this.state.quota;
  }

  /** sendEmail(message) or sendEmail(recipient, subject, body[, options]). */
  sendEmail(first: unknown, subject?: unknown, body?: unknown, options?: Record<string, unknown>): void {
    const message =
      typeof first === 'object' && first !== null
        ? (first as Record<string, unknown>)
        : { ...(options ?? {}), to: first, subject, body };
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (to.length === 0) throw gasError('Failed to send email: no recipient');
    for (const address of all) if (!ADDRESS.test(address)) throw gasError(`Invalid email: ${address}`);
    if (message.subject === undefined || message.subject === null) throw gasError('Invalid argument: subject');
    if (message.body === undefined && message.htmlBody === undefined) throw gasError('Invalid argument: body');
    for (const part of [message.body, message.htmlBody]) {
      if (part !== undefined && part !== null && utf8Length(String(part)) > BODY_LIMIT_BYTES) throw gasError('Limit Exceeded: Email Body Size.');
    }
    if (all.length > this.state.quota) throw gasError('Service invoked too many times for one day: email.');
    this.state.quota -= all.length;
    this.state.outbox.push({
      to: to.join(','),
      cc: cc.join(','),
      bcc: bcc.join(','),
      subject: String(message.subject),
      body: String(message.body ?? ''),
      htmlBody: text(message.htmlBody),
      name: text(message.name),
      replyTo: text(message.replyTo),
    });
  }
}
