/**
 * The sidebar's agreement settings: the Drive folder documents go to, and
 * whether a PDF copy is made beside each one. Input is untrusted.
 */
import * as z from 'zod';
import { userMessageOf } from '../app/userError';
import type { AgreementSettingsDto, Result } from '../shared/api';
import { ERROR } from '../shared/messages';
import { AGREEMENT_MSG } from '../shared/messages/agreement';
import { AGREEMENT_FOLDER_PROPERTY, pdfByDefault, setAgreementFolder, setPdfByDefault } from './agreements/output';

const saveInputSchema = z.object({ folder: z.string().max(500).optional(), pdf: z.boolean() }, { error: AGREEMENT_MSG.badInput });

/** The folder in use, without creating one: the first document does that. */
function currentSettings(): AgreementSettingsDto {
  const id = PropertiesService.getDocumentProperties().getProperty(AGREEMENT_FOLDER_PROPERTY);
  let folderUrl: string | null = null;
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      folderUrl = folder.isTrashed() ? null : folder.getUrl();
    } catch {
      folderUrl = null;
    }
  }
  return { folderUrl, pdf: pdfByDefault() };
}

export function getAgreementSettings(): Result<{ settings: AgreementSettingsDto }> {
  try {
    return { ok: true, settings: currentSettings() };
  } catch (error) {
    return { ok: false, message: userMessageOf(error, ERROR.unexpected) };
  }
}

export function saveAgreementSettings(input: unknown): Result<{ settings: AgreementSettingsDto }> {
  try {
    const parsed = saveInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: AGREEMENT_MSG.badInput };
    if (parsed.data.folder !== undefined) setAgreementFolder(parsed.data.folder);
    setPdfByDefault(parsed.data.pdf);
    return { ok: true, settings: currentSettings() };
  } catch (error) {
    return { ok: false, message: userMessageOf(error, ERROR.unexpected) };
  }
}
