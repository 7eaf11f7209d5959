/**
 * The preview's view of the weekly reminder (PRODUCT.md §7): the fakes'
 * outbox, and a button that runs sendReminderDigest() the way the time-driven
 * trigger does — outside the workbook — so a coordinator sees the mail before
 * switching reminders on for real. Kept apart from the page and the workbook view.
 */
import type { SentMail } from '../fakes/mail';
import { html, trusted } from './html';

export const OUTBOX_PATH = '/outbox';
export const TRIGGER_PATH = '/api/trigger/sendReminderDigest';

export const OUTBOX_TEXT = {
  link: 'Utkorg (påminnelser)',
  title: 'Utkorg – påminnelser från ST-koll',
  intro:
    'E-post som ST-koll har ”skickat” i förhandsvisningen. Inget lämnar datorn. Slå på påminnelser under Påminnelser… i menyn, ' +
    'och kör sedan utlösaren: den körs som i Apps Script, utanför arbetsboken, och skickar bara det som är dags enligt inställningarna.',
  run: 'Kör påminnelsen nu (som tidsstyrd utlösare)',
  ran: (count: number) => (count === 1 ? '1 nytt e-postmeddelande.' : `${count} nya e-postmeddelanden.`),
  failed: (message: string) => `Utlösaren misslyckades: ${message}`,
  empty: 'Utkorgen är tom.',
  to: 'Till',
  subject: 'Ämne',
} as const;

const CSS = `body{font:14px/1.45 system-ui,Arial,sans-serif;color:#202124;margin:16px;max-width:900px}
article{border:1px solid #dadce0;border-radius:8px;padding:8px 12px;margin:12px 0}
pre{white-space:pre-wrap;background:#f1f3f4;padding:8px;border-radius:4px}
button{font:inherit;padding:5px 12px}:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}`;

export function renderOutbox(mails: SentMail[], nonce: string): string {
  const items = mails
    .slice()
    .reverse()
    .map(
      (m) => html`<article><h2 style="font-size:15px;margin:4px 0">${m.subject}</h2>
<p><b>${OUTBOX_TEXT.to}:</b> ${m.to}</p><pre>${m.body}</pre></article>`,
    );
  return html`<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${OUTBOX_TEXT.title}</title><style>${trusted(CSS)}</style></head>
<body><main>
<h1 style="font-size:18px">${OUTBOX_TEXT.title}</h1>
<p>${OUTBOX_TEXT.intro}</p>
<button type="button" id="run-trigger">${OUTBOX_TEXT.run}</button>
<p id="trigger-status" role="status" aria-live="polite"></p>
${items.length ? items : html`<p>${OUTBOX_TEXT.empty}</p>`}
</main>
<script nonce="${nonce}">${trusted(`(function () {
  var status = document.getElementById('trigger-status');
  document.getElementById('run-trigger').addEventListener('click', function () {
    fetch(${JSON.stringify(TRIGGER_PATH)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      .then(function (r) { return r.json(); })
      .then(function (reply) {
        if (!reply.ok) { status.textContent = reply.message; return; }
        sessionStorage.setItem('outbox-status', reply.message);
        location.reload();
      })
      .catch(function (e) { status.textContent = String(e); });
  });
  var said = sessionStorage.getItem('outbox-status');
  if (said) { status.textContent = said; sessionStorage.removeItem('outbox-status'); }
})();`)}</script>
</body></html>`.value;
}
