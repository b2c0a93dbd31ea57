'use client';

import { useSyncExternalStore } from 'react';
import type { SilenceProcedureList } from '@/server/silence/list-silence-procedures';

/**
 * The banner polls a draft's procedures once and shares them here, so each paragraph's line reads the same
 * answer instead of asking the server once per paragraph.
 */
const lists = new Map<string, SilenceProcedureList>();
const listeners = new Set<() => void>();

export function publishSilenceList(draftId: string, list: SilenceProcedureList): void {
  lists.set(draftId, list);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSilenceList(draftId: string): SilenceProcedureList | null {
  return useSyncExternalStore(
    subscribe,
    () => lists.get(draftId) ?? null,
    () => null,
  );
}
