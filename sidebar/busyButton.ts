/**
 * A button that shows it is working: disabled, aria-busy and a working label
 * for the duration of a call, then back to its own label whatever happened.
 */
import { replaceChildren } from './dom';

export async function whileBusy<R>(button: HTMLButtonElement, busyLabel: string, work: () => Promise<R>): Promise<R> {
  const label = button.textContent || '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  replaceChildren(button, busyLabel);
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    replaceChildren(button, label);
  }
}
