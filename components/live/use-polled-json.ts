'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { describeUnreadableAnswer, type RefusalBody } from '@/lib/i18n/describe-refusal';

/** How often a live panel asks again while its page is visible. */
export const livePollMs = 2_000;

export interface PolledJson<T> {
  data: T | null;
  /** The last failure's message in the person's language, cleared by the next success; data stays as it was. */
  error: string | null;
  /** The last failure as the server (or the browser, for a lost network) gave it, for callers that word it themselves. */
  refusal: RefusalBody | null;
  /** Asks at once (after the person's own change), without waiting for the next tick. */
  refresh(): void;
}

/**
 * Keeps JSON from one of our routes current: fetched on mount, again every few seconds while the page is visible and
 * when it becomes visible again. The database is the one source of truth across web processes, so asking it is what
 * makes comments, notifications and procedures live on every node. A null url asks nothing.
 */
export function usePolledJson<T>(url: string | null, intervalMs: number = livePollMs): PolledJson<T> {
  const [data, setData] = useState<T | null>(null);
  const [refusal, setRefusal] = useState<RefusalBody | null>(null);
  const describeRefusal = useDescribeRefusal();
  const [tick, setTick] = useState(0);
  const inFlight = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the trigger for an asked-for refresh.
  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    const load = async () => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        const response = await fetch(url, { cache: 'no-store' });
        const body = (await response.json().catch(() => null)) as (T & RefusalBody) | null;
        if (cancelled) return;
        if (!response.ok) setRefusal(body?.error ? body : { code: body?.code, ...describeUnreadableAnswer(response.status) });
        else {
          setData(body);
          setRefusal(null);
        }
      } catch {
        if (!cancelled) setRefusal({ code: 'network', reason: 'still-trying' });
      } finally {
        inFlight.current = false;
      }
    };
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [url, intervalMs, tick]);

  const refresh = useCallback(() => setTick((value) => value + 1), []);
  return { data, error: refusal ? describeRefusal(refusal) : null, refusal, refresh };
}
