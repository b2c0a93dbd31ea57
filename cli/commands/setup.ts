import { loadBuiltInCorpusIntoDb } from '@/server/corpus/load-built-in-corpus-into-db';
import { resolveDatabase } from '@/server/db/database-url';
import { createPrismaClient } from '@/server/db/client';
import { describeDatabase } from '@/server/db/describe-database';
import { migrateDatabase } from '@/server/db/migrate';
import { ensureSecret } from '@/server/secret';
import { seedDemoDrafts } from '@/server/setup/seed-demo-drafts';
import { seedDemoRoom } from '@/server/setup/seed-demo-room';
import { log, printResult } from '../output';

export async function runSetup(options: { json: boolean }): Promise<void> {
  const target = resolveDatabase();
  const database = describeDatabase(target);
  log(`Database: ${database}`);
  const applied = await migrateDatabase(target);
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  ensureSecret();
  const db = createPrismaClient(target);
  try {
    const seeded = await seedDemoRoom(db);
    log(seeded.created ? `Created ${seeded.created} demo accounts.` : 'Demo accounts are ready.');
    const corpus = await loadBuiltInCorpusIntoDb(db, (done, total, title) => log(`  corpus ${done}/${total}: ${title.slice(0, 70)}`));
    const { report } = corpus;
    log(
      `Corpus: ${report.documents} documents, ${report.paragraphs} paragraphs, ${report.topics} topics ` +
        `(${corpus.changedDocuments} documents updated); index references: ${report.resolvedRefs} resolved, ` +
        `${report.unresolvedRefs.length} unresolved, ${report.externalRefs} to texts outside the corpus.`,
    );
    if (report.unresolvedRefs.length) log(`  unresolved: ${report.unresolvedRefs.join(', ')}`);
    const demoDrafts = await seedDemoDrafts(db);
    if (demoDrafts.created) log(`Started ${demoDrafts.created} demo drafts.`);
    const result = {
      database,
      appliedMigrations: applied,
      demoAccountsCreated: seeded.created,
      demoDraftsCreated: demoDrafts.created,
      corpus: { ...report, changedDocuments: corpus.changedDocuments },
    };
    printResult(result, options.json, () => 'Setup complete.');
  } finally {
    await db.$disconnect();
  }
}
