/**
 * npm run bench:import [-- --max-mb 20 --shapes prose,numbered,markdown]
 *
 * Parse time of generated documents from 100 KB doubling up to 20 MB, in three
 * shapes (bench/import/generate-import-text.ts): hard-wrapped prose whose
 * paragraph breaks were lost, many numbered paragraphs as text, and the same
 * as Markdown. Prints wall-clock and CPU time and, for each step, the ratio per
 * doubling of the size: about 2 means linear, about 4 quadratic. Ends with one
 * 20 MB import through the parse worker the web app uses, start-up included.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { parseDocument } from '@/lib/corpus/parse-document';
import { parseInWorker } from '@/server/imports/parse-in-worker';
import { generateImportText, type ImportShape } from './import/generate-import-text';

const MAX_BYTES = 20 * 1024 * 1024;

const { values } = parseArgs({
  options: { 'max-mb': { type: 'string', default: '20' }, shapes: { type: 'string', default: 'prose,numbered,markdown' } },
});
const maxBytes = Math.min(MAX_BYTES, Number(values['max-mb']) * 1024 * 1024);

interface Shape {
  label: string;
  shape: ImportShape;
  format: 'text' | 'markdown';
}

const SHAPES: Record<string, Shape> = {
  prose: { label: 'hard-wrapped prose (.txt)', shape: 'prose', format: 'text' },
  numbered: { label: 'numbered paragraphs (.txt)', shape: 'numbered', format: 'text' },
  markdown: { label: 'numbered paragraphs (.md)', shape: 'numbered', format: 'markdown' },
};

/** 100 KB, 200 KB … doubling, then the limit itself. */
function listSizes(limit: number): number[] {
  const sizes: number[] = [];
  for (let size = 100 * 1024; size < limit; size *= 2) sizes.push(size);
  return [...sizes, limit];
}

/** A document of at most `bytes` UTF-8 bytes: the generator finishes its last paragraph, so aim a little lower. */
function generateWithin(shape: Shape, bytes: number): string {
  let target = bytes;
  for (;;) {
    const text = generateImportText(shape.shape, target, { format: shape.format });
    if (Buffer.byteLength(text) <= bytes) return text;
    target = Math.floor(target * 0.98);
  }
}

function measure(text: string, format: 'text' | 'markdown'): { wallMs: number; cpuMs: number; paragraphs: number } {
  // The fastest of a few runs: the machine is shared, and garbage collection lands unevenly on single runs.
  const runs = text.length < 4 * 1024 * 1024 ? 3 : 2;
  const samples: { wallMs: number; cpuMs: number; paragraphs: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const document = parseDocument(text, { format, name: `bench.${format === 'text' ? 'txt' : 'md'}` });
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    samples.push({ wallMs, cpuMs: (used.user + used.system) / 1000, paragraphs: document.paragraphs.length });
  }
  return samples.sort((a, b) => a.cpuMs - b.cpuMs)[0]!;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Growth of the time for one doubling of the size, whatever the step. */
function ratioPerDoubling(time: number, previousTime: number, size: number, previousSize: number): number {
  return (time / previousTime) ** (1 / Math.log2(size / previousSize));
}

console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}`,
);
for (const key of values.shapes.split(',')) {
  const shape = SHAPES[key];
  if (!shape) throw new Error(`Unknown shape "${key}"; choose from ${Object.keys(SHAPES).join(', ')}.`);
  console.log(`\n${shape.label}`);
  console.log(
    `${'size'.padStart(9)} ${'paragraphs'.padStart(10)} ${'wall'.padStart(9)} ${'CPU'.padStart(9)} ${'MB/s CPU'.padStart(9)} ${'ratio per doubling (CPU)'.padStart(25)}`,
  );
  // The first parses run while V8 still compiles the parser: warm it up so that small sizes are not inflated.
  for (let run = 0; run < 3; run += 1) measure(generateWithin(shape, 300 * 1024), shape.format);
  let previous: { bytes: number; cpuMs: number } | undefined;
  for (const size of listSizes(maxBytes)) {
    const text = generateWithin(shape, size);
    const bytes = Buffer.byteLength(text);
    const { wallMs, cpuMs, paragraphs } = measure(text, shape.format);
    const ratio = previous ? ratioPerDoubling(cpuMs, previous.cpuMs, bytes, previous.bytes).toFixed(2) : '';
    console.log(
      `${formatSize(bytes).padStart(9)} ${String(paragraphs).padStart(10)} ${`${wallMs.toFixed(0)} ms`.padStart(9)} ${`${cpuMs.toFixed(0)} ms`.padStart(9)} ${(bytes / 1024 / 1024 / (cpuMs / 1000)).toFixed(2).padStart(9)} ${ratio.padStart(25)}`,
    );
    previous = { bytes, cpuMs };
  }
}

const text = generateWithin(SHAPES.numbered!, maxBytes);
const start = performance.now();
await parseInWorker({ kind: 'corpus', name: 'bench.txt', content: Buffer.from(text), corpusTexts: [] });
console.log(
  `\nThrough the parse worker (start-up included): ${formatSize(Buffer.byteLength(text))} of numbered paragraphs in ${(performance.now() - start).toFixed(0)} ms`,
);
