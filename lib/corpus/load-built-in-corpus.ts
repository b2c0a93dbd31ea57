import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { manifestSchema } from './manifest-schema';
import { parseBuiltInCorpus } from './parse-built-in-corpus';
import type { ParsedCorpus } from './types';

export class MissingCorpusError extends Error {}

/** Reads the corpus folder (manifest.json and the files it lists) and parses it. Nothing is cached. */
export function loadBuiltInCorpus(dir: string): ParsedCorpus {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new MissingCorpusError(
      `The built-in corpus was not found: ${path.join(dir, 'manifest.json')} does not exist. ` +
        'The project ships it in corpus/; point ZERO_DRAFT_CORPUS_DIR at a folder holding manifest.json and its texts.',
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
