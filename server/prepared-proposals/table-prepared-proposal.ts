import { createProposalId } from '@/lib/proposals';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { tableRealtimeProposal, type RealtimeEndpoint } from '@/server/realtime/table-realtime-proposal';
import type { CurrentUser } from '@/server/users/find-user';
import { findOwnPreparedProposal } from './find-own-prepared-proposal';
import { readPreparedProposalViews, type PreparedKind, type PreparedProposalView } from './prepared-proposal-view';

/**
 * Makes a prepared proposal public in one step: it appears in the draft's shared document as the delegation's
 * proposal, in the drafter's name, dated now. The row is claimed first with a conditional write, so two
 * colleagues tabling at once make one proposal (the second hears "already tabled"); if the live draft does not
 * confirm, the claim is released and the proposal stays private. Its proposal id is kept across tries, so a
 * retry after a lost answer finds the record already made instead of making a second one.
 */
export async function tablePreparedProposal(
  db: Db,
  user: CurrentUser,
  draftId: string,
  preparedId: string,
  endpoint?: RealtimeEndpoint,
): Promise<PreparedProposalView> {
  const access = await checkDraftAccess(db, user, draftId, 'proposal:table');
  const row = await findOwnPreparedProposal(db, user, access, preparedId);
  if (row.delegation !== access.delegation.code) {
    throw new AppError(
      'forbidden',
      `This proposal was prepared for ${row.delegation}; only its members can table it.`,
      'prepared-for-other-delegation',
      { delegation: row.delegation },
    );
  }
  if (row.tabledAt) throw new AppError('conflict', 'This proposal has already been tabled.', 'prepared-already-tabled');
  const proposalId = row.proposalId ?? createProposalId();
  const tabledAt = new Date();
  const claim = await db.preparedProposal.updateMany({
    // Unchanged since it was read: what is tabled is exactly what the colleague last saw.
    where: { id: row.id, tabledAt: null, updatedAt: row.updatedAt },
    data: { tabledAt, tabledById: user.id, proposalId },
  });
  if (claim.count === 0) {
    const now = await db.preparedProposal.findUnique({ where: { id: row.id }, select: { tabledAt: true } });
    throw now?.tabledAt
      ? new AppError('conflict', 'This proposal has already been tabled.', 'prepared-already-tabled')
      : new AppError('conflict', 'This proposal changed a moment ago; check the wording and table it again.', 'prepared-changed');
  }
  const author = await db.user.findUnique({ where: { id: row.authorId }, select: { name: true } });
  let result: { proposalId: string; createdAt: string };
  try {
    result = await tableRealtimeProposal(
      {
        draftId: access.draft.id,
        negotiationId: access.negotiation.id,
        proposalId,
        kind: row.kind as PreparedKind,
        paragraphId: row.paragraphId,
        text: row.text,
        ...(row.explanation ? { explanation: row.explanation } : {}),
        delegation: row.delegation,
        delegationName: access.delegation.name,
        authorId: row.authorId,
        authorName: author?.name ?? row.authorId,
        tabledById: user.id,
        role: access.role,
        tabledAt: tabledAt.toISOString(),
      },
      endpoint,
    );
  } catch (error) {
    await db.preparedProposal.updateMany({
      where: { id: row.id, tabledById: user.id, tabledAt },
      data: { tabledAt: null, tabledById: null },
    });
    throw error;
  }
  const [tabled] = await db.$transaction([
    db.preparedProposal.update({ where: { id: row.id }, data: { tabledAt: new Date(result.createdAt) } }),
    db.auditEvent.create({
      data: {
        draftId: access.draft.id,
        negotiationId: access.negotiation.id,
        actorId: user.id,
        delegationCode: row.delegation,
        action: 'proposal.table',
        target: result.proposalId,
        detail: JSON.stringify({
          preparedId: row.id,
          kind: row.kind,
          // Named so the paragraph's history finds the tabling (it searches the detail for the paragraph id).
          paragraphId: row.paragraphId,
          draftedBy: { id: row.authorId, name: author?.name ?? row.authorId },
          tabledBy: { id: user.id, name: user.name },
          tabledAt: result.createdAt,
        }),
      },
    }),
  ]);
  const [view] = await readPreparedProposalViews(db, [tabled]);
  return view!;
}
