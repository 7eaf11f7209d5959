/**
 * The Påminnelser dialog (PRODUCT.md §7). Static HTML: every text comes from
 * the catalogue, escaped here; the user's values are filled in by the script
 * through DOM properties (value, checked, textContent), never as HTML. Native
 * controls with labels, so it works with the keyboard and a screen reader.
 */
import { WEEKDAYS } from '../../domain/reminders/settings';
import { REMINDER_SETTINGS_TEXT as T, WEEKDAY_NAMES } from '../../shared/messages';
import { dialogHtml, escapeHtml } from '../html';

const CSS =
  'form{display:grid;gap:10px}label{display:block;font-weight:bold;margin-bottom:2px}.check label{display:inline;font-weight:normal}' +
  'select,textarea{font:inherit}textarea{width:100%;box-sizing:border-box}.row{display:flex;gap:16px}' +
  '.buttons{display:flex;gap:8px}button{font:inherit;padding:4px 12px}.note{color:#5f6368}' +
  '[role=alert]{color:#b3261e}pre{white-space:pre-wrap;background:#f1f3f4;padding:8px;border-radius:4px;max-height:260px;overflow:auto}';

function options(pairs: [string, string][]): string {
  return pairs.map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`).join('');
}

const HOURS: [string, string][] = Array.from({ length: 24 }, (_, h) => [String(h), `${String(h).padStart(2, '0')}:00`]);

/** Browser code as plain ES5 text, run inside the dialog's iframe. */
const SCRIPT = `(function (T) {
  var form = document.getElementById('reminders');
  var status = document.getElementById('status');
  var error = document.getElementById('error');
  var buttons = form.querySelectorAll('button');
  function busy(on) { for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on; }
  function say(text) { error.textContent = ''; status.textContent = text; }
  function fail(text) { status.textContent = ''; error.textContent = text; }
  function run(name, arg, done) {
    busy(true);
    var runner = google.script.run
      .withSuccessHandler(function (reply) { busy(false); if (reply && reply.ok) done(reply); else fail((reply && reply.message) || T.failed); })
      .withFailureHandler(function () { busy(false); fail(T.failed); });
    if (arg === undefined) runner[name](); else runner[name](arg);
  }
  function fill(settings) {
    form.enabled.checked = settings.enabled;
    form.weekday.value = settings.weekday;
    form.hour.value = String(settings.hour);
    form.recipients.value = settings.recipients.join('\\n');
    form.supervisors.checked = settings.supervisors;
  }
  function read() {
    return {
      enabled: form.enabled.checked,
      weekday: form.weekday.value,
      hour: Number(form.hour.value),
      recipients: form.recipients.value.split(/[\\n,;]+/),
      supervisors: form.supervisors.checked
    };
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    say(T.saving);
    run('saveReminderSettings', read(), function (reply) { fill(reply.settings); say(T.saved(reply.settings.enabled)); });
  });
  document.getElementById('preview').addEventListener('click', function () {
    run('previewReminderDigest', undefined, function (reply) {
      var p = reply.preview;
      document.getElementById('preview-area').hidden = false;
      document.getElementById('preview-subject').textContent = p.hasNews ? p.subject : '';
      document.getElementById('preview-body').textContent = p.hasNews ? p.body : T.previewNothing;
      say('');
    });
  });
  document.getElementById('close').addEventListener('click', function () { google.script.host.close(); });
  run('getReminderSettings', undefined, function (reply) { fill(reply.settings); });
})({
  failed: ${JSON.stringify(T.failed)},
  saving: ${JSON.stringify(T.saving)},
  previewNothing: ${JSON.stringify(T.previewNothing)},
  saved: function (on) { return on ? ${JSON.stringify(T.saved(true))} : ${JSON.stringify(T.saved(false))}; }
});`;

export function reminderSettingsHtml(): string {
  const weekdays = options(WEEKDAYS.map((d) => [d, WEEKDAY_NAMES[d]]));
  const e = escapeHtml;
  const body =
    `<main><h1 style="font-size:16px;margin:0 0 8px">${e(T.title)}</h1><p>${e(T.intro)}</p>` +
    `<form id="reminders" novalidate>` +
    `<div class="check"><input type="checkbox" id="enabled" name="enabled"> <label for="enabled">${e(T.enabled)}</label></div>` +
    `<div class="row"><div><label for="weekday">${e(T.weekday)}</label><select id="weekday" name="weekday">${weekdays}</select></div>` +
    `<div><label for="hour">${e(T.hour)}</label><select id="hour" name="hour">${options(HOURS)}</select></div></div>` +
    `<div><label for="recipients">${e(T.recipients)}</label><textarea id="recipients" name="recipients" rows="3" autocomplete="email" spellcheck="false"></textarea></div>` +
    `<div class="check"><input type="checkbox" id="supervisors" name="supervisors"> <label for="supervisors">${e(T.supervisors)}</label></div>` +
    `<p class="note">${e(T.staleNote)}</p>` +
    `<div class="buttons"><button type="submit">${e(T.save)}</button><button type="button" id="preview">${e(T.preview)}</button>` +
    `<button type="button" id="close">${e(T.close)}</button></div>` +
    `<p id="status" role="status" aria-live="polite"></p><p id="error" role="alert"></p>` +
    `</form><section id="preview-area" hidden aria-labelledby="preview-title"><h2 id="preview-title" style="font-size:14px">${e(T.previewTitle)}</h2>` +
    `<p><b>${e(T.previewSubject)}:</b> <span id="preview-subject"></span></p><pre id="preview-body" tabindex="0" aria-labelledby="preview-title"></pre></section></main>`;
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${e(T.title)}</title>${dialogHtml(`<style>${CSS}</style>`)}</head><body>${body}<script>${SCRIPT.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}

export function showReminderDialog(): void {
  const html = HtmlService.createHtmlOutput(reminderSettingsHtml()).setWidth(560).setHeight(620);
  SpreadsheetApp.getUi().showModalDialog(html, T.title);
}
