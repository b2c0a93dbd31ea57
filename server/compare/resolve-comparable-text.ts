import { paragraphKinds, paragraphStatuses, type ParagraphKind, type ParagraphStatus } from '@/lib/draft/types';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import type { Db } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { AppError, isAppError } from '@/server/errors/app-error';
import { checkDraftAccess, checkRevisionAccess } from '@/server/negotiations/check-access';
import { findRevision } from '@/server/revisions/find-revision';
import type { CurrentUser } from '@/server/users/find-user';
import type { ComparableText } from './comparable-text';
import { readParagraphNotes } from './read-paragraph-notes';
import { readSnapshotText } from './read-snapshot-text';

export type { ComparableText, LaidOutParagraph } from './comparable-text';

/**
 * Who reads the texts: a person, whose access to each named draft or revision is checked on the roster
 * (the corpus is open to every signed-in person), or the operator at the command line, who may read all.
 */
export type TextReader = { user: CurrentUser; action: 'draft:read' | 'draft:export' } | 'operator';

function unknownText(key: string): AppError {
  return new AppError(
    'not-found',
    `Nothing to compare called "${key}": give a corpus document id or number (e.g. 10/3), a revision (revision:<id>) or a draft (draft:<id>).`,
    'nothing-to-compare',
    // The forms are written out as values: a catalogue message would read "<id>" as markup.
    { key, revision: 'revision:<id>', draft: 'draft:<id>' },
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
    ...readParagraphNotes(row.content, row.text),
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
  return readSnapshotText(revision.snapshot, {
    key: `revision:${id}`,
    label: `${revision.snapshot.title} — ${revision.name}`,
    draftId: revision.draftId,
    asOf: revision.issuedAt,
  });
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
