import path from 'node:path';
import { DocxImportError } from '@/lib/docx/docx-import-error';
import { type PdfConfig, readConfig } from '@/server/config/read-config';
import { convertWithLibreOffice, LibreOfficeMissingError, LibreOfficeTimeoutError } from './convert-with-libreoffice';

/**
 * The conversion runs inside the parse worker, whose budget is a minute: LibreOffice is stopped well before, so
 * the worker can still read the result, and is never left running after the worker is ended.
 */
const IMPORT_TIMEOUT_MS = 50_000;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What the bytes are, as far as it matters here: LibreOffice would read a renamed file of any kind. */
function looksLike(extension: string, content: Buffer): boolean {
  const rtf = content.subarray(0, 5).toString('latin1') === '{\\rtf';
  if (extension === '.rtf') return rtf;
  // Word saves "Word 97-2003" files as OLE compound documents, and some .doc files are RTF underneath.
  if (extension === '.doc') return content.subarray(0, OLE.length).equals(OLE) || rtf;
  if (extension === '.odt') return content.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004';
  return false;
}

/**
 * A .doc, .odt or .rtf upload as a Word .docx, converted by LibreOffice headless (own profile, macros off,
 * stopped after a timeout), for the Word reader. Raises `DocxImportError` with a message for the user when
 * LibreOffice is missing, the file is not what its name says, or LibreOffice cannot read it.
 */
export async function convertOfficeToDocx(content: Buffer, name: string, settings: PdfConfig = readConfig().pdf): Promise<Buffer> {
  const extension = path.extname(name).toLowerCase();
  const format = extension.slice(1);
  if (!looksLike(extension, content)) {
    throw new DocxImportError(
      `${name} is not a ${extension} file (its content is something else). Save it again in that format, or as .docx.`,
      { reason: 'office-not-that-format', params: { name, extension } },
    );
  }
  try {
    return await convertWithLibreOffice(
      content,
      { inputExtension: format, convertTo: 'docx:MS Word 2007 XML' },
      { ...settings, timeoutMs: Math.min(settings.timeoutMs, IMPORT_TIMEOUT_MS) },
    );
  } catch (error) {
    if (error instanceof LibreOfficeMissingError) {
      throw new DocxImportError(
        `${extension} files are read through LibreOffice, which is not installed on this server; nothing was saved. ` +
          'Save the file as Word (.docx) and upload that, or ask the operator to install libreoffice-writer-nogui.',
        { cause: error, reason: 'office-no-libreoffice', params: { extension } },
      );
    }
    if (error instanceof LibreOfficeTimeoutError) {
      throw new DocxImportError(
        `LibreOffice took longer than ${Math.round(Math.min(settings.timeoutMs, IMPORT_TIMEOUT_MS) / 1000)} s to read ${name}, ` +
          'so the import was stopped and nothing was saved. Save it as .docx and upload that.',
        {
          cause: error,
          reason: 'office-too-slow',
          params: { seconds: String(Math.round(Math.min(settings.timeoutMs, IMPORT_TIMEOUT_MS) / 1000)), name },
        },
      );
    }
    throw new DocxImportError(
      `LibreOffice could not read ${name} (it may be damaged or password-protected); nothing was saved. Save it as .docx and upload that.`,
      { cause: error, reason: 'office-unreadable', params: { name } },
    );
  }
}
