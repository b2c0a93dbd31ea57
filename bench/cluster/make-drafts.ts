import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { migrateDatabase } from '@/server/db/migrate';
import { createDraft } from '@/server/drafts/create-draft';
import { benchDocument, benchNegotiationId } from '../realtime/bench-draft';

/**
 * Migrates bench:cluster's database (a DATABASE_URL) and makes its drafts the way the web app makes them, in a
 * process of its own so the schema engine's memory and compile time are nobody's figure.
 *
 *   make-drafts <database url> <count>   → prints {"draftIds": […]}
 */
const [url, countText] = process.argv.slice(2);
if (!url || !countText) throw new Error('Usage: make-drafts <database url> <count>');
const target = resolveDatabase(url);
await migrateDatabase(target);
const db = createPrismaClient(target);
try {
  const delegation = await db.delegation.create({ data: { code: 'BENCH', name: 'Benchmark', colour: '#336699' } });
  const user = await db.user.create({ data: { email: 'bench@example.org', name: 'Benchmark facilitator', delegationId: delegation.id } });
  await db.negotiation.create({ data: { id: benchNegotiationId, title: 'Benchmark negotiation', status: 'open' } });
  await db.negotiationMember.create({ data: { negotiationId: benchNegotiationId, userId: user.id, role: 'facilitator' } });
  const draftIds: string[] = [];
  for (let i = 0; i < Number(countText); i++) {
    const { id } = await createDraft(db, {
      title: `${benchDocument.title} ${i + 1}`,
      createdById: user.id,
      negotiationId: benchNegotiationId,
      from: { imported: benchDocument },
    });
    draftIds.push(id);
  }
  process.stdout.write(`${JSON.stringify({ draftIds })}\n`);
} finally {
  await db.$disconnect();
}
