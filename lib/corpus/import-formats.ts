/**
 * The file types each import accepts, in one place: the upload forms' `accept` lists and the messages that name
 * the accepted formats are built from these, so they never disagree with what the readers take.
 */

/** Read through LibreOffice headless (converted to .docx, then the Word reader) where it is installed. */
export const officeImportExtensions = ['.doc', '.odt', '.rtf'];
/** HTML exports (UN sites, Word's "Web Page", pandoc), read as Markdown (read-html-as-markdown.ts). */
export const htmlImportExtensions = ['.html', '.htm'];
export const corpusImportExtensions = ['.txt', '.md', '.markdown', '.docx', ...officeImportExtensions, '.pdf', ...htmlImportExtensions];
export const draftImportExtensions = ['.docx', ...officeImportExtensions, '.pdf', '.txt', '.md', '.markdown', ...htmlImportExtensions];

/** ".docx, .odt, .pdf, .txt or .md": a list for a sentence (".markdown" is only another name for ".md"). */
export function describeImportFormats(extensions: readonly string[]): string {
  const { formats, last } = listImportFormats(extensions);
  return last === '' ? formats : `${formats} or ${last}`;
}

/**
 * The same list in two parts, all but the last and the last (empty for a single format), so that a sentence in
 * another language can join them with its own word for "or".
 */
export function listImportFormats(extensions: readonly string[]): { formats: string; last: string } {
  const named = extensions.filter((extension) => extension !== '.markdown');
  return named.length < 2 ? { formats: named.join(''), last: '' } : { formats: named.slice(0, -1).join(', '), last: named.at(-1)! };
}

/** Every extension some import reads: the CLI's folder import picks files by it. */
export const importExtensions = [...new Set([...corpusImportExtensions, '.text'])];

export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return importExtensions.some((extension) => lower.endsWith(extension));
}
