'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { readFragmentText } from '@/lib/editor';
import { splitWords } from '@/lib/search/scan-words';
import type { ParagraphView } from '@/components/draft/draft-view-store';
import { fetchAgreedLanguage, type AgreedLanguageCheck } from './precedent-api';
import { formatParagraphName } from './precedent-shape';
import { useDescribeRequestError } from './use-describe-request-error';

export interface ParagraphCheck {
  id: string;
  name: string;
  text: string;
  result: AgreedLanguageCheck;
}

export type DraftCheckState =
  | { status: 'idle' }
  | { status: 'checking'; done: number; of: number }
  | { status: 'done'; paragraphs: ParagraphCheck[]; coverage: number }
  | { status: 'failed'; message: string };

/** A few requests at a time: enough to be quick, few enough not to crowd out the delegates' typing. */
const parallelChecks = 4;

/** Words as the check counts them, so the draft's share weighs paragraphs by the words their coverage is a share of. */
function countWords(text: string): number {
  return splitWords(text).words.length;
}

/** The draft's share of agreed language, paragraphs weighted by their word count. */
function measureDraftCoverage(paragraphs: ParagraphCheck[]): number {
  let words = 0;
  let agreed = 0;
  for (const paragraph of paragraphs) {
    const count = countWords(paragraph.text);
    words += count;
    agreed += count * paragraph.result.coverage;
  }
  return words === 0 ? 0 : agreed / words;
}

/** Checks every paragraph of the draft as it reads now; a new run abandons the previous one. */
export function useDraftCheck() {
  const describeError = useDescribeRequestError('checkFailed');
  const [state, setState] = useState<DraftCheckState>({ status: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const run = useCallback(
    async (paragraphs: readonly ParagraphView[]) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      const work = paragraphs
        .map((paragraph) => ({
          id: paragraph.id,
          name: formatParagraphName(paragraph.kind, paragraph.label),
          text: readFragmentText(paragraph.fragment),
        }))
        .filter((paragraph) => paragraph.text.trim().length > 0);
      const results: (ParagraphCheck | undefined)[] = new Array(work.length);
      let next = 0;
      let done = 0;
      setState({ status: 'checking', done: 0, of: work.length });
      const worker = async () => {
        while (next < work.length) {
          const index = next++;
          const item = work[index]!;
          results[index] = { ...item, result: await fetchAgreedLanguage(item.text, controller.signal) };
          done += 1;
          if (!controller.signal.aborted) setState({ status: 'checking', done, of: work.length });
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(parallelChecks, work.length) }, worker));
        if (controller.signal.aborted) return;
        const checked = results.filter((entry): entry is ParagraphCheck => entry !== undefined);
        setState({ status: 'done', paragraphs: checked, coverage: measureDraftCoverage(checked) });
      } catch (error) {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: describeError(error) });
      }
    },
    [describeError],
  );

  const reset = useCallback(() => {
    controllerRef.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, run, reset };
}
