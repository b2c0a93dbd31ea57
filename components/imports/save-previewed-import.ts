import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';
import { detectNumbering } from '@/lib/imports/correct-imported-paragraphs';

/** Sends a previewed document back exactly as shown; the server recomputes its references. */
export async function savePreviewedImport<Answer>(
  url: string,
  fileName: string,
  document: CorpusDocument,
  paragraphs: CorpusParagraph[],
): Promise<{ ok: boolean; body: Answer & { error?: string } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fileName, document: { ...document, numbering: detectNumbering(paragraphs), paragraphs } }),
  });
  const body = (await response.json().catch(() => ({ error: `The server answered ${response.status}.` }))) as Answer & { error?: string };
  return { ok: response.ok, body };
}
