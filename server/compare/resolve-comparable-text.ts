import type { ComparableParagraph } from '@/lib/compare';
import { readFootnoteAnchors } from '@/lib/docx/build-content-runs';
import type { FootnoteAnchor } from '@/lib/docx/types';
import { paragraphKinds, paragraphStatuses, type ParagraphKind, type ParagraphStatus } from '@/lib/draft/types';
import type { ProseMirrorJson } from '@/lib/editor/fragment-content';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { AppError, isAppError } from '@/server/errors/app-error';
import { checkDraftAccess, checkRevisionAccess } from '@/server/negotiations/check-access';
import { findRevision } from '@/server/revisions/find-revision';
import type { CurrentUser } from '@/server/users/find-user';

/** Lead and depth ride along for Word export; the comparison itself ignores them. */
export interface LaidOutParagraph extends ComparableParagraph {
  lead?: string;
  depth?: number;
  /** The draft paragraph's id, for drafts and revisions. */
  id?: string;
  /** Footnotes and status of draft and revision paragraphs, for Word export. */
  notes?: FootnoteAnchor[];
  status?: ParagraphStatus;
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

/**
 * Who reads the texts: a person, whose access to each named draft or revision is checked on the roster
 * (the corpus is open to every signed-in person), or the operator at the command line, who may read all.
 */
export type TextReader = { user: CurrentUser; action: 'draft:read' | 'draft:export' } | 'operator';

function unknownText(key: string): AppError {
  return new AppError(
    'not-found',
    `Nothing to compare called "${key}": give a corpus document id or number (e.g. 10/3), a revision (revision:<id>) or a draft (draft:<id>).`,
  );
}

/** A draft or revision the reader may not see answers exactly as one that does not exist. */
async function mayRead(db: Db, reader: TextReader, target: { draftId: string } | { revisionId: string }): Promise<boolean> {
  if (reader === 'operator') return true;
  try {
    if ('draftId' in target) await checkDraftAccess(db, reader.user, target.draftId, reader.action);
    else await checkRevisionAccess(db, reader.user, target.revisionId, reader.action);
    return true;
  } catch (error) {
    if (isAppError(error, 'not-found') || isAppError(error, 'forbidden')) return false;
    throw error;
  }
}

/** Footnotes placed in `text`; a content that spells a shorter text (older or hand-made data) loses none past its end. */
function readNotes(content: ProseMirrorJson | string | undefined, text: string): { notes?: FootnoteAnchor[] } {
  if (content === undefined) return {};
  const notes = readFootnoteAnchors(typeof content === 'string' ? (JSON.parse(content) as ProseMirrorJson) : content).map((note) => ({
    ...note,
    at: Math.min(note.at, text.length),
  }));
  return notes.length > 0 ? { notes } : {};
}

function toStatus(status: string): ParagraphStatus {
  return (paragraphStatuses as readonly string[]).includes(status) ? (status as ParagraphStatus) : 'open';
}

function toKind(kind: string): ParagraphKind {
  return (paragraphKinds as readonly string[]).includes(kind) ? (kind as ParagraphKind) : 'operative';
}

async function resolveDraft(db: Db, id: string, reader: TextReader): Promise<ComparableText | null> {
  if (!(await mayRead(db, reader, { draftId: id }))) return null;
  const draft = await db.draft.findUnique({
    where: { id },
    include: {
      paragraphs: { orderBy: { position: 'asc' }, select: { id: true, kind: true, text: true, content: true, status: true } },
    },
  });
  if (!draft) return null;
  const rows = draft.paragraphs.map((row) => ({
    id: row.id,
    kind: toKind(row.kind),
    text: row.text,
    status: toStatus(row.status),
    ...readNotes(row.content, row.text),
  }));
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

async function resolveRevision(db: Db, id: string, reader: TextReader): Promise<ComparableText | null> {
  if (!(await mayRead(db, reader, { revisionId: id }))) return null;
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
      status: paragraph.status,
      ...readNotes(paragraph.content, paragraph.text),
      ...(paragraph.attributions.length ? { attribution: paragraph.attributions.join(', ') } : {}),
    })),
  };
}

/**
 * Accepts corpus ids and numbers ("10/3"), `revision:<id>`, `draft:<id>`, or a bare revision or draft id.
 * A draft or revision the reader may not see is "not found", with the same message as one that does not exist.
 */
export async function resolveComparableText(db: Db, key: string, reader: TextReader): Promise<ComparableText> {
  const trimmed = key.trim();
  if (trimmed.startsWith('draft:')) {
    const draft = await resolveDraft(db, trimmed.slice('draft:'.length), reader);
    if (!draft) throw unknownText(trimmed);
    return draft;
  }
  if (trimmed.startsWith('revision:')) {
    const revision = await resolveRevision(db, trimmed.slice('revision:'.length), reader);
    if (!revision) throw unknownText(trimmed);
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
  const found = (await resolveRevision(db, trimmed, reader)) ?? (await resolveDraft(db, trimmed, reader));
  if (!found) throw unknownText(trimmed);
  return found;
}
