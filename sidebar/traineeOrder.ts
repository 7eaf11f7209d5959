/** How the overview colours a trainee's annual status. DOM-free, so unit tests run it in node. */
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';

const C = SIDEBAR_TEXT.contract;

export function annualTone(status: string): string {
  if (status === C.annualOverdue) return 'badge-danger';
  if (status === C.annualSoon) return 'badge-warn';
  if (status === C.annualOk) return 'badge-ok';
  return 'badge-neutral';
}
