import { createPrismaClient } from '@/server/db/client';
import { createPrismaDraftPersistence } from '@/server/drafts/prisma-draft-persistence';
import { notifyProposalEvents } from '@/server/notifications/notify-proposal-events';
import { createPrismaMembershipChecker } from '@/server/realtime/create-prisma-membership-checker';
import { notifyApproachingDeadlines } from '@/server/deadlines/notify-approaching-deadlines';
import { readDeadlinesForDrafts } from '@/server/deadlines/read-deadlines-for-drafts';
import { startDeadlineReminders } from './deadline-reminders';
import { createPrismaSilenceStore } from '@/server/silence/create-prisma-silence-store';
import { readConfig, type Config } from '@/server/config/read-config';
import { readSecret } from '@/server/secret';
import { readWriteBudgets } from './guards';
import { withNotifications } from './notification-recorder';
import { startRealtimeServer, type RealtimeServer } from './server';

/** Entry point: `tsx realtime/index.ts`. */
async function runRealtimeServer(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`Realtime server could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { realtimePort: port, realtimeHost: host, draftLimits: limits, realtimeNodeId, realtimeNodeUrl, realtimeLeaseMs } = config;
  let server: RealtimeServer;
  const db = createPrismaClient();
  try {
    server = await startRealtimeServer({
      port,
      host,
      secret: readSecret(),
      persistence: withNotifications(
        createPrismaDraftPersistence(db),
        (events) => notifyProposalEvents(db, events),
        (message) => console.error(`[realtime] ${message}`),
      ),
      membership: createPrismaMembershipChecker(db),
      deadlines: { read: (draftIds) => readDeadlinesForDrafts(db, draftIds) },
      silence: createPrismaSilenceStore(db, (message) => console.log(`[realtime] ${message}`)),
      limits: readWriteBudgets(limits),
      timing: { leaseMs: realtimeLeaseMs },
      ...(realtimeNodeId ? { nodeId: realtimeNodeId } : {}),
      ...(realtimeNodeUrl ? { nodeUrl: realtimeNodeUrl } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Port ${port} on ${host} is already in use: another realtime server may be running. Stop it or set REALTIME_PORT.`);
    } else {
      console.error(`Realtime server could not start: ${(error as Error).message}`);
    }
    await db.$disconnect();
    process.exit(1);
  }
  console.log(`Realtime server ${server.nodeId} listening on ws://${host}:${server.port}`);
  const reminders = startDeadlineReminders(
    () => notifyApproachingDeadlines(db, new Date()),
    (message) => console.error(`[realtime] ${message}`),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    reminders.stop();
    console.log(`Realtime server: ${signal}, saving open drafts…`);
    server
      .close()
      .then(() => db.$disconnect())
      .then(
        () => process.exit(0),
        (error: Error) => {
          console.error(`Realtime server: shutdown failed: ${error.message}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void runRealtimeServer();
