/**
 * Child process for the durability and failover tests (run with `node --import tsx`): one realtime
 * server over a database (a DATABASE_URL), as `npm run realtime` runs it, printing "listening <port> <nodeId>".
 *   node --import tsx test-support/run-realtime-node.ts '<json options>'
 */
import { startRealtimeServer } from '@/realtime/server';
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/database-url';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { testSecret } from './realtime-server';

const options = JSON.parse(process.argv[2] ?? '{}') as {
  databaseUrl: string;
  port?: number;
  nodeId: string;
  timing?: Record<string, number>;
};
const db = createPrismaClient(resolveDatabase(options.databaseUrl));
const server = await startRealtimeServer({
  port: options.port ?? 0,
  host: '127.0.0.1',
  secret: testSecret,
  persistence: createPrismaDraftPersistence(db),
  membership: createPrismaMembershipChecker(db),
  nodeId: options.nodeId,
  timing: options.timing,
  log: (message) => process.stderr.write(`[${options.nodeId}] ${message}\n`),
});
process.stdout.write(`listening ${server.port} ${server.nodeId}\n`);
process.on('SIGTERM', () => {
  void server
    .close()
    .then(() => db.$disconnect())
    .then(() => process.exit(0));
});
