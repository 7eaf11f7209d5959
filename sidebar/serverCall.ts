/**
 * How the sidebar makes a server call: the old banner goes, and a failure
 * becomes the Swedish error banner instead of a rejected promise.
 */
import { clearError, clearStatus, showError } from './feedback';
import { asServerCallError } from './serverClient';

/** Resolves with the result, or with null once the banner says what failed. */
export async function call<R>(work: () => Promise<R>): Promise<R | null> {
  clearError();
  try {
    return await work();
  } catch (error) {
    clearStatus();
    showError(error);
    return null;
  }
}

/** As `call`, but a failure also resolves with its Swedish message, for views that show it beside a form. */
export async function callOrMessage<R>(work: () => Promise<R>): Promise<{ ok: true; value: R } | { ok: false; message: string }> {
  clearError();
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    clearStatus();
    showError(error);
    return { ok: false, message: asServerCallError(error).userMessage };
  }
}
