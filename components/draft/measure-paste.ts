import * as Y from 'yjs';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap';
import { insertParagraph, type ParagraphKind } from '@/lib/draft';

/**
 * About how many bytes the change a paste makes takes on the wire, measured by making it in a scratch
 * document: formatting costs bytes a character count does not see (each italic run is two format items,
 * each new paragraph a map and its fields), and a change larger than a frame is never even read by the
 * server. `pastedInto` is the paragraph's text as it would be with the paste (measured whole: an upper
 * bound by the paragraph's own size); `paragraphs` are the texts of the paragraphs a paste would add.
 */
export function measurePasteBytes(
  pastedInto: ProseMirrorNode | null,
  paragraphs: readonly string[] = [],
  shape: { kind: ParagraphKind; depth?: number } = { kind: 'operative' },
): number {
  const scratch = new Y.Doc();
  try {
    scratch.transact(() => {
      if (pastedInto) prosemirrorToYXmlFragment(pastedInto, scratch.getXmlFragment('pasted'));
      paragraphs.forEach((text, index) => {
        insertParagraph(scratch, index, { ...shape, text });
      });
    });
    return Y.encodeStateAsUpdate(scratch).length;
  } finally {
    scratch.destroy();
  }
}

/** The room's words for sizes (messages' room namespace): the number in the language's format, its unit's abbreviation. */
export type SizeWords = (key: 'sizes.megabytes' | 'sizes.kilobytes', values: { size: number }) => string;

/** "1.4 MB", "640 KB" (in French "1,4 Mo", "640 Ko"): sizes as people read them, in their language. */
export function formatBytes(bytes: number, say: SizeWords): string {
  if (bytes >= 1024 * 1024) return say('sizes.megabytes', { size: bytes / 1024 / 1024 });
  return say('sizes.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) });
}
