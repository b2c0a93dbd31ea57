import type { RevisionSnapshot } from '@/lib/revisions/types';
import type { ComparableText } from './comparable-text';
import { readParagraphNotes } from './read-paragraph-notes';

/** A stored state of a draft (an issued revision, or the state a person last saw) as a text to compare. */
export function readSnapshotText(
  snapshot: RevisionSnapshot,
  source: { key: string; label: string; draftId: string; asOf: string },
): ComparableText {
  return {
    key: source.key,
    label: source.label,
    title: snapshot.title,
    chapeau: snapshot.chapeau,
    draft: { id: source.draftId, asOf: source.asOf },
    paragraphs: snapshot.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      ref: paragraph.ref,
      kind: paragraph.kind,
      text: paragraph.text,
      depth: paragraph.depth,
      ...(paragraph.lead ? { lead: paragraph.lead } : {}),
      status: paragraph.status,
      ...readParagraphNotes(paragraph.content, paragraph.text),
      ...(paragraph.attributions.length ? { attribution: paragraph.attributions.join(', ') } : {}),
    })),
  };
}
