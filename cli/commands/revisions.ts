import { parseArgs } from 'node:util';
import { type Db, getDb } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { flushRealtimeDraft } from '@/server/realtime/flush-realtime-draft';
import { issueRevision } from '@/server/revisions/issue-revision';
import { type CurrentUser, findUser } from '@/server/users/find-user';
import { printResult, UsageError } from '../output';
import { findActingPerson } from './acting-person';

const revisionsUsage = 'Usage: revisions issue <draft-id> --name "Rev.1" [--as <email>] [--json]';

async function findFirstFacilitator(db: Db, draftId: string): Promise<CurrentUser> {
  const draft = await db.draft.findUnique({ where: { id: draftId }, select: { negotiationId: true } });
  if (!draft) throw new Error(`There is no draft "${draftId}".`);
  const facilitator = await db.negotiationMember.findFirst({
    where: { negotiationId: draft.negotiationId, role: 'facilitator', user: { active: true } },
    orderBy: { createdAt: 'asc' },
    select: { userId: true },
  });
  const person = facilitator ? await findUser(db, facilitator.userId) : null;
  if (!person) throw new Error('The negotiation has no facilitator to issue the revision: pass --as <email>.');
  return person;
}

/**
 * `revisions issue`: the same steps as the facilitator's button (the realtime server saves the draft first, then
 * the rows are frozen under the name). With --as, that person's role must allow it; without, the negotiation's
 * first facilitator issues it, as an operator would on their behalf.
 */
export async function runRevisions(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { name: { type: 'string' }, as: { type: 'string' } },
  });
  const [subcommand, draftId, ...extra] = positionals;
  const name = typeof values.name === 'string' ? values.name.trim() : '';
  if (subcommand !== 'issue' || !draftId || extra.length > 0) throw new UsageError(revisionsUsage);
  if (!name || name.length > 60)
    throw new UsageError(`Name the revision in 60 characters or fewer, e.g. --name "Rev.1".\n${revisionsUsage}`);
  const db = getDb();
  try {
    const person =
      values.as !== undefined ? await findActingPerson(db, values.as, revisionsUsage) : await findFirstFacilitator(db, draftId);
    const access = await checkDraftAccess(db, person, draftId, 'draft:issue-revision');
    // The rows a revision is read from must hold the last keystrokes first.
    await flushRealtimeDraft(person, access);
    const revision = await issueRevision(db, draftId, name, { ...person, delegation: access.delegation });
    const result = { id: revision.id, name: revision.name, draftId };
    printResult(result, json, () => `${result.name} issued: ${result.id}`);
  } finally {
    await db.$disconnect();
  }
}
