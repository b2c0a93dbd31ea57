/**
 * The file types an import reads, one list for the readers' messages, the
 * upload forms and the CLI's folder import. Each new reader adds its
 * extension here.
 */
export const importExtensions = ['.txt', '.text', '.md', '.markdown', '.docx'] as const;

/** "…, .md or .docx": for messages that say what can be imported. */
export function describeImportExtensions(): string {
  const list = [...importExtensions];
  return `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;
}

export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return importExtensions.some((extension) => lower.endsWith(extension));
}
