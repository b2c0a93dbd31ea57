import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/server/db/client';
import { compareStoredTexts } from '@/server/compare/compare-stored-texts';
import { printResult, UsageError } from '../output';

export async function runDiff(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { noise: { type: 'boolean', default: false } },
  });
  const [a, b] = positionals;
  if (!a || !b) throw new UsageError('Usage: diff <a> <b> [--noise] [--json]   (corpus ids or numbers such as 10/3, or draft:<id>)');
  const db = createPrismaClient();
  try {
    const { pairs, summary } = await compareStoredTexts(db, a, b, 'operator', { showNoise: values.noise === true });
    const output = {
      pairs: pairs.map(({ from, to, status, similarity, ops, attribution }) => ({
        from,
        to,
        status,
        similarity,
        ops,
        ...(attribution ? { attribution } : {}),
      })),
      summary,
    };
    printResult(output, json, (r: typeof output) =>
      [
        Object.entries(r.summary)
          .map(([status, count]) => `${count} ${status}`)
          .join(', '),
        ...r.pairs
          .filter((pair) => pair.status !== 'unchanged')
          .map(
            (pair) =>
              `${pair.status.padEnd(9)} ${(pair.from ?? '—').padStart(8)} → ${(pair.to ?? '—').padEnd(8)} ${Math.round(pair.similarity * 100)} %${pair.attribution ? `  (${pair.attribution})` : ''}`,
          ),
      ].join('\n'),
    );
  } finally {
    await db.$disconnect();
  }
}
