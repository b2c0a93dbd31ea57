import type { ComparableParagraph } from '@/lib/compare';
import type { ParagraphKind } from '@/lib/corpus/types';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';

export interface ComparableText {
  /** What the user typed or linked: a corpus id or number, `draft:<id>`. */
  key: string;
  label: string;
  paragraphs: ComparableParagraph[];
}

export class UnknownTextError extends Error {
  constructor(key: string) {
    super(`Nothing to compare called "${key}": give a corpus document id or number (e.g. 10/3) or draft:<id>.`);
  }
}

interface DraftRow {
  kind: string;
  text: string;
}

/** Drafts number their paragraphs by position; refs follow the corpus convention so both sides read alike. */
export function deriveDraftRefs(rows: DraftRow[]): ComparableParagraph[] {
  let preambular = 0;
  let operative = 0;
  let sub = 0;
  return rows.map((row) => {
    const kind = row.kind as ParagraphKind;
    let ref: string;
    if (kind === 'preambular') ref = `PP${++preambular}`;
    else if (kind === 'operative') {
      operative += 1;
      sub = 0;
      ref = String(operative);
    } else {
      sub += 1;
      ref = `${operative || ''}(${String.fromCharCode(96 + Math.min(sub, 26))})`;
    }
    return { ref, kind, text: row.text };
  });
}

export async function resolveComparableText(db: Db, key: string): Promise<ComparableText> {
  const trimmed = key.trim();
  if (trimmed.startsWith('draft:')) {
    const id = trimmed.slice('draft:'.length);
    const draft = await db.draft.findUnique({
      where: { id },
      include: { paragraphs: { orderBy: { position: 'asc' }, select: { kind: true, text: true } } },
    });
    if (!draft) throw new UnknownTextError(trimmed);
    return { key: trimmed, label: `${draft.title} (live draft)`, paragraphs: deriveDraftRefs(draft.paragraphs) };
  }
  const document = await findCorpusDocument(db, trimmed);
  if (!document) throw new UnknownTextError(trimmed);
  const name = document.number ? `${document.kind === 'decision' ? 'Decision' : 'Resolution'} ${document.number}` : document.title;
  return {
    key: document.id,
    label: `${name} (${document.year}${document.kind.includes('draft') ? `, ${document.kind}` : ''})`,
    paragraphs: document.paragraphs.map(({ ref, kind, text }) => ({ ref, kind, text })),
  };
}
