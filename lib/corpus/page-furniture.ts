/**
 * Lines that belong to the page, not to the text: page numbers, job numbers
 * ("V.20-05678"), running document symbols, margin labels ("PP 5", "OP 3") and
 * rules separating footnotes.
 */
const DROPPABLE = [
  /^\d{1,4}$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^(?:page\s+)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i,
  /^V\.\d{2}-\d{4,6}\b.*$/,
  /^\*?\d{7,}\*?$/,
  // Two upper-case parts, then any: `{2,}` before the looser group would try every split point, quadratic in the parts.
  /^[A-Z]{1,6}(?:\/[A-Z0-9.]+){2}(?:\/[A-Za-z0-9.]+)*$/,
  /^(?:PP|OP)\s*\d{1,3}$/i,
  /^[_\-–—=*~.·•]{4,}$/,
];

export function isDroppableLine(text: string): boolean {
  const trimmed = text.trim();
  return DROPPABLE.some((pattern) => pattern.test(trimmed));
}

export function isSeparatorLine(text: string): boolean {
  return /^\s*[_\-–—=~]{5,}\s*$/.test(text);
}
