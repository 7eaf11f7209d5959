/**
 * The digest as a mail: subject, plain text and HTML (PRODUCT.md §7). Every
 * name from the workbook is escaped in the HTML; the workbook link is only
 * made a link when it is a Google https address.
 */
import { DIGEST_TEXT as T } from '../../shared/messages/reminders';
import { escapeHtml } from '../../shared/escapeHtml';
import type { DatedLine, Digest, FlagLine } from './digest';

export interface DigestMail {
  subject: string;
  body: string;
  htmlBody: string;
}

/** One line, no control characters: a name never adds a header line to the mail. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

function datedText(line: DatedLine, late: boolean): string {
  switch (line.kind) {
    case 'annual':
      return late ? T.annualLate(line.due) : T.annualSoon(line.due);
    case 'iup':
      return late ? T.iupMissing(line.due) : T.iupSoon(line.due);
    case 'agreement':
      return late ? T.agreementMissing(line.due) : T.agreementSoon(line.due);
  }
}

interface Section {
  heading: string;
  lines: { name: string; text: string }[];
  /** In the group but not shown (the mail stays under the size limit). */
  more: number;
}

function sections(d: Digest): Section[] {
  const dated = (lines: DatedLine[], late: boolean) => lines.map((l) => ({ name: oneLine(l.name), text: datedText(l, late) }));
  const flagged = (lines: FlagLine[]) => lines.map((l) => ({ name: oneLine(l.name), text: l.flags.map(oneLine).join('; ') }));
  return [
    { heading: T.groups.annualLate, lines: dated(d.annualLate, true), more: d.hidden.annualLate },
    { heading: T.groups.soon(d.soonDays), lines: dated(d.soon, false), more: d.hidden.soon },
    { heading: T.groups.iupMissing, lines: dated(d.iupMissing, true), more: d.hidden.iupMissing },
    { heading: T.groups.agreementMissing, lines: dated(d.agreementMissing, true), more: d.hidden.agreementMissing },
    { heading: T.groups.otherFlags, lines: flagged(d.otherFlags), more: d.hidden.otherFlags },
  ].filter((s) => s.lines.length > 0);
}

function notes(d: Digest): string[] {
  const out: string[] = [];
  if (d.dataErrors) out.push(T.dataErrors(d.dataErrors));
  if (d.omitted) out.push(T.omitted(d.omitted));
  if (d.supervisorsWithoutAddress) out.push(T.supervisorsWithoutAddress(d.supervisorsWithoutAddress));
  return out;
}

/** Only a Google Sheets address becomes a link; anything else is shown as text. */
function safeLink(url: string): string | null {
  return /^https:\/\/docs\.google\.com\/[^\s"'<>]*$/.test(url) ? url : null;
}

function greeting(d: Digest, recipientName: string): string {
  const workbook = oneLine(d.workbook.name);
  return d.audience === 'supervisor' ? T.greetingSupervisor(oneLine(recipientName), workbook) : T.greetingCoordinator(workbook);
}

function textBody(d: Digest, recipientName: string): string {
  const out: string[] = [greeting(d, recipientName), ''];
  for (const s of sections(d)) {
    out.push(`${s.heading} (${s.lines.length + s.more})`);
    for (const line of s.lines) out.push(`- ${line.name} – ${line.text}`);
    if (s.more) out.push(`- ${T.more(s.more)}`);
    out.push('');
  }
  for (const note of notes(d)) out.push(note, '');
  const link = safeLink(d.workbook.url);
  if (link) out.push(`${T.openWorkbook}: ${link}`);
  out.push(T.takenAt(d.takenAt), '', T.footer);
  return out.join('\n');
}

function htmlBody(d: Digest, recipientName: string): string {
  const out: string[] = [`<div style="font:14px/1.45 Arial,Helvetica,sans-serif;color:#202124">`, `<p>${escapeHtml(greeting(d, recipientName))}</p>`];
  for (const s of sections(d)) {
    out.push(`<h3 style="font-size:15px;margin:16px 0 4px">${escapeHtml(s.heading)} (${s.lines.length + s.more})</h3><ul>`);
    for (const line of s.lines) out.push(`<li><b>${escapeHtml(line.name)}</b> – ${escapeHtml(line.text)}</li>`);
    if (s.more) out.push(`<li>${escapeHtml(T.more(s.more))}</li>`);
    out.push('</ul>');
  }
  for (const note of notes(d)) out.push(`<p>${escapeHtml(note)}</p>`);
  const link = safeLink(d.workbook.url);
  if (link) out.push(`<p><a href="${escapeHtml(link)}">${escapeHtml(T.openWorkbook)}: ${escapeHtml(oneLine(d.workbook.name))}</a></p>`);
  out.push(`<p style="color:#5f6368">${escapeHtml(T.takenAt(d.takenAt))}<br>${escapeHtml(T.footer)}</p></div>`);
  return out.join('');
}

/** `recipientName`: the supervisor's name in their part; unused for the coordinator. */
export function renderDigest(d: Digest, recipientName = ''): DigestMail {
  return {
    subject: T.subject(d.count, oneLine(d.workbook.name)),
    body: textBody(d, recipientName),
    htmlBody: htmlBody(d, recipientName),
  };
}
