import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCorpusDir } from '@/test-support/corpus-dir';
import { manifestSchema } from './manifest-schema';

describe('the built-in corpus folder', () => {
  it('holds exactly the files its manifest lists, each non-empty, and the manifest is valid', () => {
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(builtInCorpusDir, 'manifest.json'), 'utf8')));
    const listed = manifest.sources.map((source) => source.file).sort();
    const present = readdirSync(builtInCorpusDir)
      .filter((name) => name !== 'manifest.json')
      .sort();
    expect(present).toEqual(listed);
    for (const file of listed) expect(readFileSync(path.join(builtInCorpusDir, file), 'utf8').trim().length).toBeGreaterThan(1_000);
  });
});
