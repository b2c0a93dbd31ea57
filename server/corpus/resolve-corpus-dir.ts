import path from 'node:path';

/** The built-in corpus: the repository's corpus/ folder unless ZERO_DRAFT_CORPUS_DIR points elsewhere. */
export function resolveCorpusDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ZERO_DRAFT_CORPUS_DIR ?? path.join(process.cwd(), 'corpus'));
}
