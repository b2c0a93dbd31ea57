'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

/** What the API answers for one of the delegation's own prepared proposals (server/prepared-proposals). */
export interface PreparedItem {
  id: string;
  paragraphId: string;
  kind: 'amend' | 'add' | 'delete' | 'alternative';
  delegation: string;
  text: string;
  explanation: string | null;
  author: { id: string; name: string };
  createdAt: string;
  tabled: { at: string; by: { id: string; name: string }; proposalId: string } | null;
}

/** Why the last refresh failed: the server's refusal, or no answer at all. Words are the panel's, in the person's language. */
export type PreparedLoadError = { refusal: RefusalBody } | { unreachable: true };

export interface PreparedSnapshot {
  items: readonly PreparedItem[];
  /** Set when the last refresh failed; the previous items stay shown. */
  error: PreparedLoadError | null;
}

/** Colleagues' work appears within a few seconds; the shared document is never used for it. */
const pollMs = 4_000;
const emptySnapshot: PreparedSnapshot = { items: [], error: null };

interface Poller {
  snapshot: PreparedSnapshot;
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
  refresh(): Promise<void>;
}

/** One poll per draft, shared by every paragraph of the room. */
const pollers = new Map<string, Poller>();

export function preparedApiPath(draftId: string, preparedId?: string): string {
  return `/api/drafts/${encodeURIComponent(draftId)}/prepared${preparedId ? `/${encodeURIComponent(preparedId)}` : ''}`;
}

function openPoller(draftId: string): Poller {
  const existing = pollers.get(draftId);
  if (existing) return existing;
  let latest = 0;
  const poller: Poller = {
    snapshot: emptySnapshot,
    listeners: new Set(),
    timer: undefined,
    async refresh() {
      clearTimeout(poller.timer);
      // An action's refresh may overlap the timer's: only the last one started is kept, and one timer follows it.
      const asked = ++latest;
      let next: PreparedSnapshot;
      try {
        const response = await fetch(preparedApiPath(draftId), { cache: 'no-store' });
        const body = (await response.json().catch(() => ({}))) as { prepared?: PreparedItem[] } & RefusalBody;
        next = response.ok
          ? { items: body.prepared ?? [], error: null }
          : {
              items: poller.snapshot.items,
              error: { refusal: { error: body.error, code: body.code, reason: body.reason, params: body.params } },
            };
      } catch {
        next = { items: poller.snapshot.items, error: { unreachable: true } };
      }
      if (asked !== latest) return;
      // Unchanged lists keep their identity, so a quiet poll does not re-render every paragraph.
      if (JSON.stringify(next) !== JSON.stringify(poller.snapshot)) {
        poller.snapshot = next;
        for (const listener of poller.listeners) listener();
      }
      clearTimeout(poller.timer);
      if (poller.listeners.size > 0) poller.timer = setTimeout(() => void poller.refresh(), pollMs);
    },
  };
  pollers.set(draftId, poller);
  return poller;
}

/** The delegation's prepared proposals on a draft, kept fresh while any component shows them; `enabled` false fetches nothing. */
export function usePreparedProposals(draftId: string, enabled: boolean): { snapshot: PreparedSnapshot; refresh(): Promise<void> } {
  // A poller with no listeners left stops at its next tick and starts again with the next one.
  const poller = enabled && draftId ? openPoller(draftId) : null;
  // Stable per poller: a new function each render would make React unsubscribe and subscribe again every time.
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!poller) return () => undefined;
      poller.listeners.add(listener);
      if (poller.listeners.size === 1) void poller.refresh();
      return () => poller.listeners.delete(listener);
    },
    [poller],
  );
  const snapshot = useSyncExternalStore(
    subscribe,
    () => poller?.snapshot ?? emptySnapshot,
    () => emptySnapshot,
  );
  return { snapshot, refresh: () => poller?.refresh() ?? Promise.resolve() };
}
