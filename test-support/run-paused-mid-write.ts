/**
 * Child process for the kill tests (run with `node --import tsx`): performs one service against a database
 * (given as a DATABASE_URL) and, at the first `create` on the given model, prints "paused" and
 * hangs there, so the parent can SIGKILL it between two writes.
 *   node --import tsx test-support/run-paused-mid-write.ts <database url> <model> <operation> <json input>
 */
import { createPrismaClient, type Db } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { importDraftFile } from '@/server/drafts/import-draft-file';
import { issueRevision } from '@/server/revisions/issue-revision';
import { findUser } from '@/server/users/find-user';

const [url, pauseModel, operation, json] = process.argv.slice(2);
const input = JSON.parse(json ?? '{}') as { userId: string; draftId?: string; name: string; title?: string; text?: string };
// A long transaction timeout: the transaction must still be open when the parent kills this process.
const client = createPrismaClient(resolveDatabase(url), { transactionTimeoutMs: 120_000 });
const db = client.$extends({
  query: {
    $allModels: {
      async $allOperations({ model, operation: action, args, query }) {
        if (model === pauseModel && action === 'create') {
          process.stdout.write('paused\n');
          // Keeps the process alive; only the parent's SIGKILL ends it.
          setInterval(() => undefined, 60_000);
          await new Promise(() => undefined);
        }
        return query(args);
      },
    },
  },
}) as unknown as Db;

const user = await findUser(client, input.userId);
if (!user) throw new Error(`No user ${input.userId}.`);
if (operation === 'issue-revision') await issueRevision(db, input.draftId!, input.name, user);
else if (operation === 'import-draft') {
  const content = Buffer.from(input.text ?? '');
  await importDraftFile(db, {
    name: input.name,
    content,
    ...(input.title ? { title: input.title } : {}),
    createdById: user.id,
    negotiationId: 'test-negotiation',
    asImportedBy: user,
  });
} else throw new Error(`Unknown operation ${operation}.`);
process.stdout.write('finished\n');
await client.$disconnect();
