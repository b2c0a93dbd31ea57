import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestSchema } from './manifest-schema';
import { parseBuiltInCorpus } from './parse-built-in-corpus';
import type { ParsedCorpus } from './types';

export function resolveBuiltInCorpusDir(): string {
  return process.env.ZERO_DRAFT_CORPUS_DIR ?? path.resolve(process.cwd(), '../shared/corpus');
}

export class MissingCorpusError extends Error {}

/** Reads the corpus folder (manifest.json and the files it lists) and parses it. Nothing is cached. */
export function loadBuiltInCorpus(dir: string = resolveBuiltInCorpusDir()): ParsedCorpus {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new MissingCorpusError(
      `The built-in corpus was not found: ${path.join(dir, 'manifest.json')} does not exist. ` +
        'Put the corpus folder (manifest.json and its texts) at ../shared/corpus beside the project, or point ZERO_DRAFT_CORPUS_DIR at it.',
    );
  }
  const manifestText = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = manifestSchema.parse(JSON.parse(manifestText));
  const listed = new Set(manifest.sources.map((source) => source.file));
  const names = readdirSync(dir).filter((name) => listed.has(name));
  const missing = [...listed].filter((name) => !names.includes(name));
  if (missing.length) throw new MissingCorpusError(`The corpus manifest lists files that are not in ${dir}: ${missing.join(', ')}.`);
  const files = names.map((name) => ({ name, content: readFileSync(path.join(dir, name), 'utf8') }));
  return parseBuiltInCorpus(files, manifest);
}
