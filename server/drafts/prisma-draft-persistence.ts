import * as Y from 'yjs';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { readDraftSnapshot } from '@/lib/draft';
import { readProposalRecords } from '@/lib/proposals';
import { LeaseLostError, type DraftPersistence, type LeaseClaim } from '@/lib/persistence/draft-persistence';
import { writeProposalRows } from '@/server/proposals/write-proposal-rows';
import { readStoredDraft } from './read-stored-draft';
import { writeDraftRows } from './write-draft-rows';

/**
 * Fences a write: touches the lease row only if the epoch is still ours, which also
 * holds the row (PostgreSQL) or the database (SQLite) until the transaction ends,
 * so a takeover cannot slip between the check and the write.
 */
async function checkEpoch(tx: Prisma.TransactionClient, draftId: string, epoch: number): Promise<void> {
  const { count } = await tx.draftLease.updateMany({ where: { draftId, epoch }, data: { epoch } });
  if (count !== 1) throw new LeaseLostError(draftId);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/**
 * Drafts in the app database: the Yjs state in Draft.ydocState and, beside it,
 * plain paragraph rows so search, diff and export never decode Yjs; the update
 * log (DraftUpdate) and client-id bindings between saves; the ownership lease.
 */
export function createPrismaDraftPersistence(db: PrismaClient): DraftPersistence {
  return {
    async claim(draftId, owner, leaseMs, options) {
      // Compare-and-set on the epoch; a lost race reads the row again.
      for (let attempt = 0; attempt < 5; attempt++) {
        const draft = await db.draft.findUnique({ where: { id: draftId }, select: { id: true, lease: true } });
        if (!draft) return null;
        const held = draft.lease;
        const now = Date.now();
        if (held && held.nodeId !== owner.nodeId && held.expiresAt.getTime() > now && !options?.force) {
          const refused: LeaseClaim = {
            granted: false,
            holder: { nodeId: held.nodeId, nodeUrl: held.nodeUrl, epoch: held.epoch, expiresAt: held.expiresAt },
          };
          return refused;
        }
        const expiresAt = new Date(now + leaseMs);
        const taken = { nodeId: owner.nodeId, nodeUrl: owner.nodeUrl, expiresAt };
        if (!held) {
          try {
            await db.draftLease.create({ data: { draftId, epoch: 1, ...taken } });
            return { granted: true, epoch: 1, expiresAt };
          } catch (error) {
            if (isUniqueViolation(error)) continue;
            throw error;
          }
        }
        const epoch = held.epoch + 1;
        const { count } = await db.draftLease.updateMany({ where: { draftId, epoch: held.epoch }, data: { epoch, ...taken } });
        if (count === 1) return { granted: true, epoch, expiresAt };
      }
      throw new Error(`Draft ${draftId}: the lease kept changing while it was being claimed.`);
    },
    async renew(draftId, epoch, leaseMs) {
      const expiresAt = new Date(Date.now() + leaseMs);
      const { count } = await db.draftLease.updateMany({ where: { draftId, epoch }, data: { expiresAt } });
      if (count !== 1) throw new LeaseLostError(draftId);
      return { epoch, expiresAt };
    },
    async release(draftId, epoch) {
      await db.draftLease.updateMany({ where: { draftId, epoch }, data: { expiresAt: new Date(0) } });
    },
    load: (draftId) => readStoredDraft(db, draftId),
    async append(draftId, epoch, batch) {
      await db.$transaction(async (tx) => {
        await checkEpoch(tx, draftId, epoch);
        if (batch.entries.length > 0) {
          await tx.draftUpdate.createMany({
            data: batch.entries.map((entry) => ({
              draftId,
              seq: BigInt(entry.seq),
              epoch,
              userId: entry.userId,
              delegationCode: entry.delegationCode,
              update: Uint8Array.from(entry.update),
            })),
          });
        }
        if (batch.bindings.length > 0) {
          await tx.draftClientBinding.createMany({
            data: batch.bindings.map(([clientId, userId]) => ({ draftId, clientId: BigInt(clientId), userId })),
          });
        }
        if (batch.auditEvents.length > 0) await tx.auditEvent.createMany({ data: batch.auditEvents });
      });
    },
    async save(draftId, doc, mark) {
      const snapshot = readDraftSnapshot(doc);
      const proposals = readProposalRecords(doc);
      const state = Y.encodeStateAsUpdate(doc);
      await db.$transaction(async (tx) => {
        await checkEpoch(tx, draftId, mark.epoch);
        await writeDraftRows(tx, draftId, snapshot, state);
        await writeProposalRows(tx, draftId, proposals);
        await tx.draftUpdate.deleteMany({ where: { draftId, seq: { lte: BigInt(mark.throughSeq) } } });
      });
    },
    async readLiveNodes() {
      // One row per draft ever opened; released leases carry expiresAt 0, so this reads the open ones only.
      return db.draftLease.findMany({
        where: { expiresAt: { gt: new Date() } },
        distinct: ['nodeId', 'nodeUrl'],
        select: { nodeId: true, nodeUrl: true },
      });
    },
  };
}
