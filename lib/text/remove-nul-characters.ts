/**
 * PostgreSQL's text columns cannot hold U+0000, which a paste from a PDF can carry into a
 * paragraph; the Yjs state keeps it, the plain rows beside it drop it, so a save never fails on it.
 */
export function removeNulCharacters(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
