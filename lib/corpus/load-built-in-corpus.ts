import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestSchema } from './manifest-schema';
import { parseBuiltInCorpus } from './parse-built-in-corpus';
import type { ParsedCorpus } from './types';

export function resolveBuiltInCorpusDir(): string {
  return process.env.ZERO_DRAFT_CORPUS_DIR ?? path.resolve(process.cwd(), '../shared/corpus');
}

/** Reads the corpus folder (manifest.json and the files it lists) and parses it. Nothing is cached. */
export function loadBuiltInCorpus(dir: string = resolveBuiltInCorpusDir()): ParsedCorpus {
  const manifestText = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = manifestSchema.parse(JSON.parse(manifestText));
  const listed = new Set(manifest.sources.map((source) => source.file));
  const names = readdirSync(dir).filter((name) => listed.has(name));
  const files = names.map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
  return parseBuiltInCorpus(files, manifest);
}
