import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';
import { describeUnreadableAnswer, type RefusalBody } from '@/lib/i18n/describe-refusal';
import { detectNumbering } from '@/lib/imports/correct-imported-paragraphs';

/**
 * Sends a previewed document back exactly as shown; the server recomputes its references. A refusal comes back as
 * the server sent it (code, reason and values), for `useDescribeRefusal` to word in the person's language.
 */
export async function savePreviewedImport<Answer>(
  url: string,
  fileName: string,
  document: CorpusDocument,
  paragraphs: CorpusParagraph[],
): Promise<{ ok: boolean; body: Answer & RefusalBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fileName, document: { ...document, numbering: detectNumbering(paragraphs), paragraphs } }),
  });
  const body = (await response.json().catch(() => describeUnreadableAnswer(response.status))) as Answer & RefusalBody;
  return { ok: response.ok, body };
}
