'use client';

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import { livePollMs } from '@/components/live/use-polled-json';

interface Poller {
  state: DraftDeadlineState | null;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setInterval> | undefined;
  refresh(): void;
}

/** One poll per draft for the banner and every paragraph's line, however many are mounted. */
const pollers = new Map<string, Poller>();

function readPoller(draftId: string): Poller {
  const poller = pollers.get(draftId);
  if (poller) return poller;
  const created: Poller = {
    state: null,
    listeners: new Set(),
    timer: undefined,
    refresh() {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      fetch(`/api/drafts/${draftId}/deadlines`, { cache: 'no-store' })
        .then((response) => (response.ok ? (response.json() as Promise<DraftDeadlineState>) : null))
        .then((state) => {
          if (!state) return;
          created.state = state;
          for (const listener of created.listeners) listener();
        })
        // The next tick asks again; what is on screen stays meanwhile.
        .catch(() => undefined);
    },
  };
  pollers.set(draftId, created);
  return created;
}

function subscribe(draftId: string, listener: () => void): () => void {
  const poller = readPoller(draftId);
  poller.listeners.add(listener);
  if (!poller.timer) {
    poller.refresh();
    poller.timer = setInterval(() => poller.refresh(), livePollMs);
  }
  return () => {
    poller.listeners.delete(listener);
    if (poller.listeners.size > 0) return;
    // The last read stays: a component mounted again shows it at once while the next poll runs.
    clearInterval(poller.timer);
    poller.timer = undefined;
  };
}

function readServerState(): null {
  return null;
}

/** The draft's deadlines, kept current; `refresh` after the facilitator's own change. */
export function useDraftDeadlines(draftId: string): { state: DraftDeadlineState | null; refresh(): void } {
  // Stable per draft: a new subscribe function each render would make React resubscribe (and poll) every render.
  const subscribeToDraft = useCallback((listener: () => void) => subscribe(draftId, listener), [draftId]);
  const readState = useCallback(() => pollers.get(draftId)?.state ?? null, [draftId]);
  const state = useSyncExternalStore(subscribeToDraft, readState, readServerState);
  return { state, refresh: () => pollers.get(draftId)?.refresh() };
}

/** The browser's clock, ticking each second, so "Closed" appears when the time comes (the server decides regardless). */
export function useNow(everyMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
