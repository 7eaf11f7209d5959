/**
 * The sidebar's settings view (Inställningar): read every setting, save the
 * coordinator's values to the document property ST_KOLL_SETTINGS. Input is
 * untrusted; a value the schema refuses changes nothing.
 */
import * as z from 'zod';
import { applySettingsValues, settingsView } from '../app/settingsForm';
import type { Result, SettingsDto } from '../shared/api';
import { SETTINGS_MSG } from '../shared/messages/settings';
import { serverCall } from './feedback';
import { readStoredSettings, writeStoredSettings } from './settingsStore';
import { withDocumentLock } from './workbookIO';

const saveInputSchema = z.object({
  values: z.record(z.string().max(100), z.union([z.number(), z.string().max(200), z.null()])),
});

export function getSettings(): Result<{ view: SettingsDto }> {
  return serverCall(() => ({ ok: true, view: settingsView(readStoredSettings()) }));
}

export function saveSettings(input: unknown): Result<{ view: SettingsDto }> {
  return serverCall<{ view: SettingsDto }>(() => {
    const parsed = saveInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: SETTINGS_MSG.badInput };
    // Read, change and write under the lock: two coordinators saving at once
    // each keep the other's settings.
    return withDocumentLock(() => {
      const change = applySettingsValues(readStoredSettings(), parsed.data.values);
      if (!change.ok) return change;
      writeStoredSettings(change.storedJson);
      return { ok: true, view: settingsView(change.storedJson || null) };
    });
  });
}
