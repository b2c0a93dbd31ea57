import { readDraftDoc } from './read-draft-doc';
import * as Y from 'yjs';
import type { PrismaClient } from '@/generated/prisma/client';
import type { CorpusDocument } from '@/lib/corpus/types';
import { createDraftDoc, getMetaMap, readDraftSnapshot, type DraftSnapshot } from '@/lib/draft';
import { AppError } from '@/server/errors/app-error';

export interface CreateDraftInput {
  title: string;
  body?: string;
  chapeau?: string;
  createdById: string;
  /** The negotiation the draft belongs to (checked by the caller). */
  negotiationId: string;
  /** `document` links the draft to its corpus base; `imported` only seeds the text (an uploaded file has no base in the corpus). */
  from?: { document: CorpusDocument } | { imported: CorpusDocument } | { draftId: string };
}

/** A new draft before it is written: its Yjs state and the plain rows read from it. */
export interface DraftState {
  snapshot: DraftSnapshot;
  ydocState: Uint8Array;
  baseDocumentId: string | null;
  baseDraftId: string | null;
}

/**
 * Builds the draft's shared document here, on the server, once: clients only
 * ever join an existing document, so two browsers can never both seed it.
 */
export async function buildDraftState(db: PrismaClient, input: CreateDraftInput): Promise<DraftState> {
  let doc: Y.Doc;
  let baseDocumentId: string | null = null;
  let baseDraftId: string | null = null;
  if (input.from && 'draftId' in input.from) {
    const base = await db.draft.findUnique({ where: { id: input.from.draftId } });
    // A draft of another negotiation is confidential to it: as if it did not exist.
    if (!base || base.negotiationId !== input.negotiationId)
      throw new AppError('not-found', `There is no corpus document or draft "${input.from.draftId}" to start from.`, 'no-starting-text', {
        id: input.from.draftId,
      });
    baseDraftId = base.id;
    baseDocumentId = base.baseDocumentId;
    // The base as last made durable, log included: what was typed there since its last save is not lost.
    doc = (await readDraftDoc(db, base.id)) ?? new Y.Doc();
    const meta = getMetaMap(doc);
    doc.transact(() => {
      meta.set('title', input.title);
      if (input.body !== undefined) meta.set('body', input.body);
      if (input.chapeau !== undefined) meta.set('chapeau', input.chapeau);
      meta.set('baseDraftId', base.id);
    });
  } else {
    const document = input.from && 'document' in input.from ? input.from.document : input.from?.imported;
    baseDocumentId = input.from && 'document' in input.from ? input.from.document.id : null;
    doc = createDraftDoc({
      title: input.title,
      body: input.body ?? document?.body ?? '',
      chapeau: input.chapeau ?? document?.chapeau ?? '',
      ...(baseDocumentId ? { baseDocumentId } : {}),
      paragraphs: (document?.paragraphs ?? []).map((paragraph) => ({
        kind: paragraph.kind,
        text: paragraph.text,
        ...(paragraph.lead ? { lead: paragraph.lead } : {}),
        ...(paragraph.kind === 'subparagraph' ? { depth: paragraph.depth >= 2 ? 2 : 1 } : {}),
      })),
    });
  }
  const snapshot = readDraftSnapshot(doc);
  const ydocState = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { snapshot, ydocState, baseDocumentId, baseDraftId };
}
