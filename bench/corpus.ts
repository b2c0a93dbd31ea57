/**
 * npm run bench:corpus — time to parse the built-in corpus and to load it into
 * a fresh SQLite database, with the counts per document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBuiltInCorpus } from '@/lib/corpus/load-built-in-corpus';
import { createPrismaClient } from '@/server/db/client';
import { migrateDatabase } from '@/server/db/migrate';
import { loadBuiltInCorpusIntoDb } from '@/server/corpus/load-built-in-corpus-into-db';
import { readConfig } from '@/server/config/read-config';

const target = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const parseTimes: number[] = [];
let parsed = loadBuiltInCorpus(readConfig().corpusDir);
for (let run = 0; run < 5; run += 1) {
  const start = performance.now();
  parsed = loadBuiltInCorpus(readConfig().corpusDir);
  parseTimes.push(performance.now() - start);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'zero-draft-bench-corpus-'));
const file = path.join(dir, 'bench.db');
await migrateDatabase({ provider: 'sqlite', file });
const db = createPrismaClient({ provider: 'sqlite', file });
const loadStart = performance.now();
await loadBuiltInCorpusIntoDb(db);
const loadMs = performance.now() - loadStart;
const againStart = performance.now();
const again = await loadBuiltInCorpusIntoDb(db);
const againMs = performance.now() - againStart;
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });

const parseMs = median(parseTimes);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(`Parse whole corpus (median of 5): ${parseMs.toFixed(0)} ms`);
console.log(
  `Parse + load into a fresh SQLite database: ${(parseMs + loadMs).toFixed(0)} ms (target < ${target} ms, ${((parseMs + loadMs) / target).toFixed(2)}× target)`,
);
console.log(`Second load (nothing changed): ${againMs.toFixed(0)} ms, ${again.changedDocuments} documents rewritten`);
console.log(`\n${parsed.report.documents} documents, ${parsed.report.paragraphs} paragraphs, ${parsed.report.topics} topics`);
console.log(
  `Index references: ${parsed.report.resolvedRefs} resolved, ${parsed.report.unresolvedRefs.length} unresolved, ${parsed.report.externalRefs} external\n`,
);
console.log('document'.padEnd(40), 'kind'.padEnd(26), 'PP'.padStart(4), 'OP'.padStart(4), 'sub'.padStart(4), 'notes'.padStart(6));
for (const doc of parsed.documents) {
  const count = (kind: string) => doc.paragraphs.filter((p) => p.kind === kind).length;
  const notes = doc.paragraphs.reduce((sum, p) => sum + (p.notes?.length ?? 0), 0);
  console.log(
    doc.id.padEnd(40),
    doc.kind.padEnd(26),
    String(count('preambular')).padStart(4),
    String(count('operative')).padStart(4),
    String(count('subparagraph')).padStart(4),
    String(notes).padStart(6),
  );
}
