import { createPrismaClient } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { createDraft } from '@/server/drafts/create-draft';
import { benchDocument, benchNegotiationId } from './bench-draft';

/**
 * Makes the database the 'ours-sqlite' server runs over, in its own process so
 * the schema engine's memory is not counted as the server's: a fresh SQLite
 * file migrated like the app's, a negotiation, its facilitator, and the
 * benchmark draft made the way the web app makes drafts. Run from the folder
 * that holds prisma/ (the schema and its migrations).
 *
 *   sqlite-draft <database file>   → prints {"draftId": "…"}
 */
const file = process.argv[2];
if (!file) throw new Error('Give the database file to create.');
await migrateDatabase({ provider: 'sqlite', file });
const db = createPrismaClient({ provider: 'sqlite', file });
try {
  const delegation = await db.delegation.create({ data: { code: 'BENCH', name: 'Benchmark', colour: '#336699' } });
  const user = await db.user.create({ data: { email: 'bench@example.org', name: 'Benchmark facilitator', delegationId: delegation.id } });
  await db.negotiation.create({ data: { id: benchNegotiationId, title: 'Benchmark negotiation', status: 'open' } });
  await db.negotiationMember.create({ data: { negotiationId: benchNegotiationId, userId: user.id, role: 'facilitator' } });
  const { id } = await createDraft(db, {
    title: benchDocument.title,
    createdById: user.id,
    negotiationId: benchNegotiationId,
    from: { imported: benchDocument },
  });
  process.stdout.write(`${JSON.stringify({ draftId: id })}\n`);
} finally {
  await db.$disconnect();
}
