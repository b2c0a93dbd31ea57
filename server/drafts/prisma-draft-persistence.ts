import * as Y from 'yjs';
import type { PrismaClient } from '@/generated/prisma/client';
import { readDraftSnapshot } from '@/lib/draft';
import { readProposalRecords } from '@/lib/proposals';
import type { DraftPersistence } from '@/lib/persistence/draft-persistence';
import { writeProposalRows } from '@/server/proposals/write-proposal-rows';
import { writeDraftRows } from './write-draft-rows';

/**
 * Drafts in the app database: the Yjs state in Draft.ydocState and, beside it,
 * plain paragraph rows so search, diff and export never decode Yjs.
 */
export function createPrismaDraftPersistence(db: PrismaClient): DraftPersistence {
  return {
    async load(draftId) {
      const draft = await db.draft.findUnique({ where: { id: draftId }, select: { ydocState: true } });
      if (!draft) return null;
      if (draft.ydocState && draft.ydocState.length > 0) return new Uint8Array(draft.ydocState);
      // A draft row without Yjs state (made by hand or by an older build): start from an empty document.
      return Y.encodeStateAsUpdate(new Y.Doc());
    },
    async save(draftId, doc) {
      const snapshot = readDraftSnapshot(doc);
      const proposals = readProposalRecords(doc);
      const state = Y.encodeStateAsUpdate(doc);
      await db.$transaction(async (tx) => {
        await writeDraftRows(tx, draftId, snapshot, state);
        await writeProposalRows(tx, draftId, proposals);
      });
    },
    async appendAuditEvents(events) {
      await db.auditEvent.createMany({ data: events });
    },
  };
}
