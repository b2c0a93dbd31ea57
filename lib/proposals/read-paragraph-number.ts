import type * as Y from 'yjs';
import { deriveNumbering, getParagraph, readParagraphDepth, readParagraphKind, readParagraphOrder } from '@/lib/draft';

/** The derived label ("PP3", "4", "(a)") of a paragraph as the text now stands, or null if it is not in the text. */
export function readParagraphNumber(doc: Y.Doc, paragraphId: string): string | null {
  const order = readParagraphOrder(doc);
  const index = order.indexOf(paragraphId);
  if (index === -1) return null;
  const numbers = deriveNumbering(
    order.map((id) => {
      const paragraph = getParagraph(doc, id);
      return { kind: readParagraphKind(paragraph), depth: readParagraphDepth(paragraph) };
    }),
  );
  return numbers[index] ?? null;
}
