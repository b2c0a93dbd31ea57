/**
 * Child process for the backup tests (run with `node --import tsx`): writes to a database without pause until
 * its stdin closes. Each tick adds one audit row and sets the draft's lease epoch to the number of ticks, in one
 * transaction, so a consistent copy always holds exactly `epoch` tick rows. Prints "tick N" after each.
 *   node --import tsx test-support/run-backup-writer.ts <database-url> <draft-id>
 */
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';

const [url, draftId] = process.argv.slice(2);
const db = createPrismaClient(resolveDatabase(url));
let stopping = false;
process.stdin.on('end', () => (stopping = true));
process.stdin.resume();

let tick = 0;
while (!stopping) {
  tick += 1;
  await db.$transaction([
    db.auditEvent.create({
      data: { id: `tick-${tick}`, draftId, actorId: 'writer', delegationCode: 'FRA', action: 'writer.tick', target: String(tick) },
    }),
    db.draftLease.update({ where: { draftId }, data: { epoch: tick } }),
  ]);
  process.stdout.write(`tick ${tick}\n`);
  // The SQLite driver answers synchronously: without a turn of the event loop, stdin's end would never be seen.
  await new Promise((resolve) => setImmediate(resolve));
}
await db.$disconnect();
