import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/server/db/client';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import { createDraft } from '@/server/drafts/create-draft';
import { mintRealtimeToken } from '@/server/realtime/mint-realtime-token';
import { checkDraftAccess, checkNegotiationAccess } from '@/server/negotiations/check-access';
import { findDefaultNegotiation } from '@/server/negotiations/find-default-negotiation';
import { findUser } from '@/server/users/find-user';
import { printResult, UsageError } from '../output';

const draftsUsage =
  'Usage: drafts create --title "…" [--from <corpus id or number, or draft id>] [--negotiation <id>] [--user <email>] [--json]';

/**
 * Drafts made from the command line go to the default negotiation unless --negotiation names one, and belong to
 * its first facilitator unless --user names someone allowed to create drafts there.
 */
export async function runDrafts(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { title: { type: 'string' }, from: { type: 'string' }, user: { type: 'string' }, negotiation: { type: 'string' } },
  });
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  if (positionals[0] !== 'create' || !title) throw new UsageError(draftsUsage);
  const db = createPrismaClient();
  try {
    const negotiationId = typeof values.negotiation === 'string' ? values.negotiation.trim() : (await findDefaultNegotiation(db)).id;
    const account = await db.user.findFirst({
      where:
        typeof values.user === 'string'
          ? { email: values.user.trim().toLowerCase() }
          : { memberships: { some: { negotiationId, role: 'facilitator' } } },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    const owner = account ? await findUser(db, account.id) : null;
    if (!owner)
      throw new Error(
        typeof values.user === 'string' ? `No user "${values.user}".` : 'The negotiation has no facilitator to own the draft: pass --user.',
      );
    await checkNegotiationAccess(db, owner, negotiationId, 'draft:create');
    let from: Parameters<typeof createDraft>[1]['from'];
    if (typeof values.from === 'string') {
      const document = await findCorpusDocument(db, values.from);
      if (document) from = { document };
      else if (await db.draft.findUnique({ where: { id: values.from }, select: { id: true } })) from = { draftId: values.from };
      else throw new Error(`Nothing to start from called "${values.from}": give a corpus id or number (e.g. 11/5) or a draft id.`);
    }
    const { id } = await createDraft(db, { title, createdById: owner.id, negotiationId, ...(from ? { from } : {}) });
    printResult({ id }, json, () => id);
  } finally {
    await db.$disconnect();
  }
}

/** The same short-lived ticket the web app mints for a signed-in user, for scripts and load tests. */
export async function runRealtimeToken(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { user: { type: 'string' }, draft: { type: 'string' } },
  });
  if (typeof values.user !== 'string' || typeof values.draft !== 'string') {
    throw new UsageError('Usage: realtime-token --user <email> --draft <id> [--json]');
  }
  const db = createPrismaClient();
  try {
    const account = await db.user.findUnique({ where: { email: values.user.trim().toLowerCase() }, select: { id: true } });
    const user = account ? await findUser(db, account.id) : null;
    if (!user) throw new Error(`No user "${values.user}".`);
    const ticket = mintRealtimeToken(user, await checkDraftAccess(db, user, values.draft, 'draft:read'));
    printResult({ url: ticket.url, token: ticket.token }, json, (t: { url: string; token: string }) => `${t.url}?token=${t.token}`);
  } finally {
    await db.$disconnect();
  }
}
