import mammoth from 'mammoth';
import JSZip from 'jszip';
import { checkDeclaredSizes, OversizedDocxError } from '@/lib/docx/read-zip-entry';
import { CorpusParseError } from './corpus-parse-error';

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Encrypted Office files are OLE compound documents, not ZIP archives. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/**
 * Mammoth's HTML keeps italics (the UN's leads) and paragraphs; it is turned
 * into the small Markdown subset the parser reads: one paragraph per block,
 * *italics*, superscript footnote numbers.
 */
function htmlToMarkdown(html: string): string {
  const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const toSuperscript = (digits: string): string => [...digits].map((digit) => superscripts[Number(digit)]).join('');
  return html
    .replace(/<a href="#footnote-ref-\d+"[^>]*>[^<]*<\/a>/g, '')
    .replace(/<li id="footnote-(\d+)"[^>]*>\s*(?:<p>)?/g, (_, digits: string) => `\n\n${toSuperscript(digits)} `)
    .replace(/<sup>\s*(?:<a[^>]*>)?\s*\[?(\d+)\]?\s*(?:<\/a>)?\s*<\/sup>/g, (_, digits: string) => toSuperscript(digits))
    .replace(/<a [^>]*>\s*<\/a>/g, '')
    .replace(/<\/?(?:strong|b)>/g, '')
    .replace(/<(em|i)>([^]*?)<\/\1>/g, (_, __, inner: string) => (inner.trim() ? `*${inner.trim()}*` : inner))
    .replace(/<li[^>]*>/g, '\n\n')
    .replace(/<\/(?:p|h\d|li|tr)>/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/td>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => decodeEntities(line).replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reads a Word file into Markdown for `parseDocument(md, { format: 'markdown' })`. */
export async function readDocxAsMarkdown(buffer: Buffer): Promise<string> {
  if (buffer.length === 0) throw new CorpusParseError('Line 1: the Word file is empty', 1);
  if (buffer.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw new CorpusParseError(
      'Line 1: the Word file is password-protected or in the old .doc format; save it as an unprotected .docx and import again',
      1,
    );
  }
  if (!buffer.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw new CorpusParseError('Line 1: not a Word (.docx) file: the content is not a .docx package', 1);
  }
  try {
    checkDeclaredSizes(await JSZip.loadAsync(buffer));
  } catch (error) {
    const reason = error instanceof OversizedDocxError ? `it is too large: ${error.message}` : 'its ZIP package is damaged';
    throw new CorpusParseError(`Line 1: the Word file could not be read (${reason})`, 1);
  }
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CorpusParseError(`Line 1: the Word file could not be read (${reason})`, 1);
  }
  const markdown = htmlToMarkdown(html);
  if (markdown === '') throw new CorpusParseError('Line 1: the Word file contains no text', 1);
  return markdown;
}
