/**
 * The file types an import accepts, in one list so that every message naming
 * them says the same. Each reader adds its extensions here.
 */
export const HTML_EXTENSIONS = ['.html', '.htm'];

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', ...HTML_EXTENSIONS];

/** "…, .docx, .html or .htm" for messages. */
export function describeImportFormats(extensions: readonly string[] = IMPORT_EXTENSIONS): string {
  return extensions.length < 2 ? extensions.join('') : `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
}
