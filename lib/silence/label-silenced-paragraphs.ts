import type { NumberingInput } from '@/lib/draft/derive-numbering';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';

/**
 * How procedures name their paragraphs, in text order: "PP2, OP 3, OP 3(a)". Ids no longer in the draft are
 * left out (a paragraph deleted before the procedure started is refused there).
 */
export function labelSilencedParagraphs(paragraphs: readonly (NumberingInput & { id: string })[], ids: readonly string[]): string {
  const refs = deriveParagraphRefs(paragraphs);
  const wanted = new Set(ids);
  return paragraphs
    .map((paragraph, index) => ({ paragraph, ref: refs[index]! }))
    .filter(({ paragraph }) => wanted.has(paragraph.id))
    .map(({ paragraph, ref }) => (paragraph.kind === 'preambular' ? ref : `OP ${ref}`))
    .join(', ');
}
