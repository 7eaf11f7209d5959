/**
 * The sidebar's agreement settings: the Drive folder documents go to, and
 * whether a PDF copy is made beside each one. Input is untrusted.
 */
import * as z from 'zod';
import type { AgreementSettingsDto, Result } from '../shared/api';
import { AGREEMENT_MSG } from '../shared/messages/agreement';
import { currentFolder, pdfByDefault, setAgreementFolder, setPdfByDefault } from './agreements/output';
import { serverCall } from './feedback';

const saveInputSchema = z.object({ folder: z.string().max(500).optional(), pdf: z.boolean() }, { error: AGREEMENT_MSG.badInput });

function currentSettings(): AgreementSettingsDto {
  const folder = currentFolder();
  return { folderUrl: folder.url, folderOfColleague: folder.ofColleague, pdf: pdfByDefault() };
}

export function getAgreementSettings(): Result<{ settings: AgreementSettingsDto }> {
  return serverCall(() => ({ ok: true, settings: currentSettings() }));
}

export function saveAgreementSettings(input: unknown): Result<{ settings: AgreementSettingsDto }> {
  return serverCall<{ settings: AgreementSettingsDto }>(() => {
    const parsed = saveInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: AGREEMENT_MSG.badInput };
    if (parsed.data.folder !== undefined) setAgreementFolder(parsed.data.folder);
    setPdfByDefault(parsed.data.pdf);
    return { ok: true, settings: currentSettings() };
  });
}
