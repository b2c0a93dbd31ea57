/**
 * Child process for the concurrent-migration test (run with `node --import tsx`): migrates the database and prints
 * the names of the migrations this process applied, as JSON.
 *   node --import tsx test-support/run-migrate.ts <database url>
 */
import { resolveDatabase } from '@/server/db/database-url';
import { migrateDatabase } from '@/server/db/migrate';

const applied = await migrateDatabase(resolveDatabase(process.argv[2]));
process.stdout.write(`${JSON.stringify(applied)}\n`);
