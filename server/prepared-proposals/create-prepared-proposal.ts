import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors/app-error';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import type { CurrentUser } from '@/server/users/find-user';
import { checkPreparedWording } from './check-prepared-wording';
import { readPreparedProposalViews, type PreparedKind, type PreparedProposalView } from './prepared-proposal-view';

export interface PreparedProposalInput {
  paragraphId: string;
  kind: PreparedKind;
  text: string;
  explanation?: string | null;
}

/**
 * Saves a proposal in private for the caller's acting delegation. It lives only in its own row: nothing goes
 * into the shared document, presence or the audit until it is tabled.
 */
export async function createPreparedProposal(
  db: Db,
  user: CurrentUser,
  draftId: string,
  input: PreparedProposalInput,
): Promise<PreparedProposalView> {
  const access = await checkDraftAccess(db, user, draftId, 'proposal:prepare');
  const paragraph = await db.draftParagraph.findUnique({
    where: { draftId_id: { draftId: access.draft.id, id: input.paragraphId } },
    select: { id: true },
  });
  if (!paragraph)
    throw new AppError('invalid-input', 'That paragraph is not in this draft (it may have just been removed).', 'paragraph-gone');
  const wording = checkPreparedWording(input.kind, input.text, input.explanation ?? null);
  const row = await db.preparedProposal.create({
    data: {
      draftId: access.draft.id,
      paragraphId: paragraph.id,
      kind: input.kind,
      delegation: access.delegation.code,
      authorId: user.id,
      ...wording,
    },
  });
  const [view] = await readPreparedProposalViews(db, [row]);
  return view!;
}
