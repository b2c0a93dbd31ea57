export interface TextSegment {
  text: string;
  /** Inside square brackets (the brackets included): text not yet agreed. */
  bracketed: boolean;
}

/**
 * Cuts a paragraph's text into plain and bracketed runs so a projector can set
 * the brackets apart. Nested brackets stay in the outer run; an unclosed one
 * runs to the end, as a reader of the text would take it.
 */
export function splitBrackets(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, bracketed: boolean) => {
    if (end > start) segments.push({ text: text.slice(start, end), bracketed });
    start = end;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[') {
      if (depth === 0) push(index, false);
      depth++;
    } else if (char === ']' && depth > 0) {
      depth--;
      if (depth === 0) push(index + 1, true);
    }
  }
  push(text.length, depth > 0);
  return segments;
}
