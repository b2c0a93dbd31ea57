import type { PrismaClient } from '@/generated/prisma/client';
import { buildDraftState, type CreateDraftInput } from './build-draft-state';
import { insertDraft } from './insert-draft';

export type { CreateDraftInput } from './build-draft-state';

export async function createDraft(db: PrismaClient, input: CreateDraftInput): Promise<{ id: string }> {
  const state = await buildDraftState(db, input);
  return db.$transaction((tx) => insertDraft(tx, state, input.createdById, input.negotiationId));
}
