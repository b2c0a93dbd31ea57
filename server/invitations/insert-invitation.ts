import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/lib/auth/permissions';
import { readConfig } from '@/server/config/read-config';
import { hashInvitationToken } from './hash-invitation-token';

export interface InvitationDraft {
  email: string;
  name: string;
  delegationId: string;
  invitedById: string;
  negotiationId?: string;
  role?: Role;
}

export interface IssuedInvitation {
  id: string;
  email: string;
  /** The secret for the link: returned once, to the person who sends it, and never stored or logged. */
  token: string;
  expiresAt: Date;
}

/** Writes an invitation inside the caller's transaction; the caller has checked who may invite and whom. */
export async function insertInvitation(tx: Prisma.TransactionClient, draft: InvitationDraft, now = new Date()): Promise<IssuedInvitation> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + readConfig().invitationDays * 24 * 60 * 60 * 1000);
  const row = await tx.invitation.create({
    data: {
      tokenHash: hashInvitationToken(token),
      email: draft.email,
      name: draft.name,
      delegationId: draft.delegationId,
      invitedById: draft.invitedById,
      negotiationId: draft.negotiationId ?? null,
      role: draft.role ?? null,
      expiresAt,
    },
    select: { id: true },
  });
  return { id: row.id, email: draft.email, token, expiresAt };
}
