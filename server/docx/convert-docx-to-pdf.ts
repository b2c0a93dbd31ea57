import { adaptDocxForLibreOffice } from '@/lib/docx/adapt-docx-for-libreoffice';
import { type PdfConfig, readConfig } from '@/server/config/read-config';
import { AppError } from '@/server/errors/app-error';
import { convertWithLibreOffice, LibreOfficeMissingError, LibreOfficeTimeoutError } from './convert-with-libreoffice';

export const missingLibreOfficeMessage =
  'PDF needs LibreOffice on the server; ask the operator to install libreoffice-writer-nogui. The Word file is available.';

/**
 * A Word file as LibreOffice headless prints it (tracked changes shown as LibreOffice shows them by default:
 * insertions underlined, deletions struck through, a bar in the margin). Throws AppError "unavailable" when
 * LibreOffice is not installed or does not finish in time; temporary files are always removed.
 */
export async function convertDocxToPdf(docx: Buffer, settings: PdfConfig = readConfig().pdf): Promise<Buffer> {
  try {
    return await convertWithLibreOffice(
      await adaptDocxForLibreOffice(docx),
      { inputExtension: 'docx', convertTo: 'pdf:writer_pdf_Export' },
      settings,
    );
  } catch (error) {
    if (error instanceof LibreOfficeMissingError) throw new AppError('unavailable', missingLibreOfficeMessage, 'pdf-unavailable');
    if (error instanceof LibreOfficeTimeoutError) {
      const seconds = String(Math.round(settings.timeoutMs / 1000));
      throw new AppError('unavailable', `The PDF took longer than ${seconds} s to prepare. The Word file is available.`, 'pdf-timeout', {
        seconds,
      });
    }
    throw error;
  }
}
