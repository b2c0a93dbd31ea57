'use client';

import { useCallback, useEffect, useState } from 'react';
import { readRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

interface FollowsAnswer {
  follows: Array<{ paragraphId: string; following: boolean }>;
}

interface DraftFollows {
  following: Set<string>;
  loaded: boolean;
  listeners: Set<() => void>;
  loading?: Promise<void>;
}

/** One read per draft for every paragraph's button, instead of one per paragraph. */
const stores = new Map<string, DraftFollows>();

function storeFor(draftId: string): DraftFollows {
  let store = stores.get(draftId);
  if (!store) {
    store = { following: new Set(), loaded: false, listeners: new Set() };
    stores.set(draftId, store);
  }
  return store;
}

function load(draftId: string): Promise<void> {
  const store = storeFor(draftId);
  store.loading ??= fetch(`/api/drafts/${draftId}/follows`, { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok) return;
      const answer = (await response.json()) as FollowsAnswer;
      store.following = new Set(answer.follows.filter((follow) => follow.following).map((follow) => follow.paragraphId));
      store.loaded = true;
      for (const listener of store.listeners) listener();
    })
    .catch(() => undefined)
    .finally(() => {
      store.loading = undefined;
    });
  return store.loading;
}

/** Whether the person's delegation follows a paragraph, and a way to change it (the server records the choice). */
export function useParagraphFollow(draftId: string, paragraphId: string, enabled: boolean) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const store = storeFor(draftId);
    const listener = () => setVersion((value) => value + 1);
    store.listeners.add(listener);
    if (!store.loaded) void load(draftId);
    return () => {
      store.listeners.delete(listener);
    };
  }, [draftId, enabled]);
  const store = storeFor(draftId);
  const choose = useCallback(
    // A refusal comes back as the server said it, for the caller to put in the person's language.
    async (follow: boolean): Promise<RefusalBody | null> => {
      const response = await fetch(`/api/drafts/${draftId}/follows`, {
        method: follow ? 'POST' : 'DELETE',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ paragraphId }),
      }).catch(() => null);
      if (!response) return { code: 'network' };
      if (!response.ok) return readRefusal(response);
      await load(draftId);
      return null;
    },
    [draftId, paragraphId],
  );
  return { loaded: store.loaded, following: store.following.has(paragraphId), choose };
}
