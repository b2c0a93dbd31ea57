'use client';

import { useEffect, useRef, useState } from 'react';
import { fetchPrecedents, type PrecedentHit, type PrecedentScope } from './precedent-api';
import { useDescribeRequestError } from './use-describe-request-error';

export const precedentDebounceMs = 250;

export type PrecedentState =
  | { status: 'idle' }
  | { status: 'loading'; hits: PrecedentHit[]; total: number; query: string }
  | { status: 'ready'; hits: PrecedentHit[]; total: number; query: string }
  | { status: 'failed'; message: string; hits: PrecedentHit[]; total: number; query: string };

/** Performance entry names; the e2e suite reads them to report latency. */
export const precedentMarks = {
  typed: 'precedent:typed',
  paused: 'precedent:paused',
  pauseToVisible: 'precedent:pause-to-visible',
  typedToVisible: 'precedent:typed-to-visible',
} as const;

function markSafely(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

function measureSafely(name: string, start: string): void {
  try {
    performance.measure(name, start);
  } catch {
    // A missing start mark only means nothing to measure; the panel works the same.
  }
}

/**
 * Precedents for the text being written: asked once typing pauses, and any
 * request for older text is aborted, so the list always answers the words on
 * screen. The previous list stays up while the next one loads, which keeps
 * the panel from flickering on every pause.
 */
export function usePrecedents(paragraphId: string | null, text: string, scope: PrecedentScope): PrecedentState {
  const describeError = useDescribeRequestError('loadFailed');
  const [state, setState] = useState<PrecedentState>({ status: 'idle' });
  const pendingMeasure = useRef(false);
  const query = text.replace(/\s+/g, ' ').trim();

  // Another paragraph's precedents would be offered for this one until the next answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset must run when the paragraph changes, which is all the dependency says.
  useEffect(() => {
    setState({ status: 'idle' });
  }, [paragraphId]);

  useEffect(() => {
    if (query.length === 0) {
      setState({ status: 'idle' });
      return undefined;
    }
    markSafely(precedentMarks.typed);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      markSafely(precedentMarks.paused);
      setState((previous) => ({
        status: 'loading',
        query,
        hits: previous.status === 'idle' ? [] : previous.hits,
        total: previous.status === 'idle' ? 0 : previous.total,
      }));
      fetchPrecedents(query, scope, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          pendingMeasure.current = true;
          setState({ status: 'ready', query, hits: result.hits, total: result.total });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const message = describeError(error);
          setState((previous) => ({
            status: 'failed',
            message,
            query,
            hits: previous.status === 'idle' ? [] : previous.hits,
            total: previous.status === 'idle' ? 0 : previous.total,
          }));
        },
      );
    }, precedentDebounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, scope, describeError]);

  useEffect(() => {
    if (state.status !== 'ready' || !pendingMeasure.current) return undefined;
    pendingMeasure.current = false;
    // The next frame is when the list has been painted, which is what the delegate waits for.
    const frame = requestAnimationFrame(() => {
      measureSafely(precedentMarks.pauseToVisible, precedentMarks.paused);
      measureSafely(precedentMarks.typedToVisible, precedentMarks.typed);
    });
    return () => cancelAnimationFrame(frame);
  }, [state]);

  return state;
}
