import type { ComparableParagraph } from '@/lib/compare';
import { paragraphKinds, type ParagraphKind } from '@/lib/draft/types';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { findRevision } from '@/server/revisions/find-revision';

/** Lead and depth ride along for Word export; the comparison itself ignores them. */
export interface LaidOutParagraph extends ComparableParagraph {
  lead?: string;
  depth?: number;
  /** The draft paragraph's id, for drafts and revisions. */
  id?: string;
}

export interface ComparableText {
  /** Canonical key for links: a corpus id, `revision:<id>` or `draft:<id>`. */
  key: string;
  label: string;
  title: string;
  chapeau: string;
  paragraphs: LaidOutParagraph[];
  /** For drafts and revisions: which draft, and as of when (ISO). */
  draft?: { id: string; asOf: string };
}

export class UnknownTextError extends Error {
  constructor(key: string) {
    super(
      `Nothing to compare called "${key}": give a corpus document id or number (e.g. 10/3), a revision (revision:<id>) or a draft (draft:<id>).`,
    );
  }
}

function toKind(kind: string): ParagraphKind {
  return (paragraphKinds as readonly string[]).includes(kind) ? (kind as ParagraphKind) : 'operative';
}

async function resolveDraft(db: Db, id: string): Promise<ComparableText | null> {
  const draft = await db.draft.findUnique({
    where: { id },
    include: { paragraphs: { orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true } } },
  });
  if (!draft) return null;
  const rows = draft.paragraphs.map((row) => ({ id: row.id, kind: toKind(row.kind), text: row.text }));
  const refs = deriveParagraphRefs(rows);
  return {
    key: `draft:${id}`,
    label: `${draft.title} (live draft)`,
    title: draft.title,
    chapeau: draft.chapeau,
    paragraphs: rows.map((row, index) => ({ ...row, ref: refs[index]! })),
    draft: { id, asOf: new Date().toISOString() },
  };
}

async function resolveRevision(db: Db, id: string): Promise<ComparableText | null> {
  const revision = await findRevision(db, id);
  if (!revision) return null;
  return {
    key: `revision:${id}`,
    label: `${revision.snapshot.title} — ${revision.name}`,
    title: revision.snapshot.title,
    chapeau: revision.snapshot.chapeau,
    draft: { id: revision.draftId, asOf: revision.issuedAt },
    paragraphs: revision.snapshot.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      ref: paragraph.ref,
      kind: paragraph.kind,
      text: paragraph.text,
      depth: paragraph.depth,
      ...(paragraph.lead ? { lead: paragraph.lead } : {}),
      ...(paragraph.attributions.length ? { attribution: paragraph.attributions.join(', ') } : {}),
    })),
  };
}

/** Accepts corpus ids and numbers ("10/3"), `revision:<id>`, `draft:<id>`, or a bare revision or draft id. */
export async function resolveComparableText(db: Db, key: string): Promise<ComparableText> {
  const trimmed = key.trim();
  if (trimmed.startsWith('draft:')) {
    const draft = await resolveDraft(db, trimmed.slice('draft:'.length));
    if (!draft) throw new UnknownTextError(trimmed);
    return draft;
  }
  if (trimmed.startsWith('revision:')) {
    const revision = await resolveRevision(db, trimmed.slice('revision:'.length));
    if (!revision) throw new UnknownTextError(trimmed);
    return revision;
  }
  const document = await findCorpusDocument(db, trimmed);
  if (document) {
    const name = document.number ? `${document.kind === 'decision' ? 'Decision' : 'Resolution'} ${document.number}` : document.title;
    return {
      key: document.id,
      label: `${name} (${document.year}${document.kind.includes('draft') ? `, ${document.kind}` : ''})`,
      title: document.title,
      chapeau: document.chapeau ?? '',
      paragraphs: document.paragraphs.map(({ ref, kind, text, lead, depth }) => ({ ref, kind, text, depth, ...(lead ? { lead } : {}) })),
    };
  }
  const found = (await resolveRevision(db, trimmed)) ?? (await resolveDraft(db, trimmed));
  if (!found) throw new UnknownTextError(trimmed);
  return found;
}
