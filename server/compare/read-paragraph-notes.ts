import { readFootnoteAnchors } from '@/lib/docx/build-content-runs';
import type { FootnoteAnchor } from '@/lib/docx/types';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';

/** Footnotes placed in `text`; a content that spells a shorter text (older or hand-made data) loses none past its end. */
export function readParagraphNotes(content: ProseMirrorJson | string | undefined, text: string): { notes?: FootnoteAnchor[] } {
  if (content === undefined) return {};
  const notes = readFootnoteAnchors(typeof content === 'string' ? (JSON.parse(content) as ProseMirrorJson) : content).map((note) => ({
    ...note,
    at: Math.min(note.at, text.length),
  }));
  return notes.length > 0 ? { notes } : {};
}
