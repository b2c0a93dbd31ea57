'use client';

import { useSyncExternalStore } from 'react';
import type { CommentThreadView as CommentThreadItem } from '@/lib/comments/comment-thread-view';

/** A thread as GET /api/drafts/[id]/comments answers it. */
export type { CommentThreadView as CommentThreadItem, CommentView as CommentItem } from '@/lib/comments/comment-thread-view';

export interface CommentsSnapshot {
  /** Null until the first answer. */
  threads: readonly CommentThreadItem[] | null;
  error: string | null;
}

interface DraftComments {
  snapshot: CommentsSnapshot;
  listeners: Set<() => void>;
  refresh: () => void;
}

const emptySnapshot: CommentsSnapshot = { threads: null, error: null };
const byDraft = new Map<string, DraftComments>();

function entryOf(draftId: string): DraftComments {
  let entry = byDraft.get(draftId);
  if (!entry) {
    entry = { snapshot: emptySnapshot, listeners: new Set(), refresh: () => undefined };
    byDraft.set(draftId, entry);
  }
  return entry;
}

export function commentsApiPath(draftId: string): string {
  return `/api/drafts/${encodeURIComponent(draftId)}/comments`;
}

/**
 * The room's one poll (CommentsLive) publishes here, and every paragraph reads its own threads from it: one request
 * per draft however many paragraphs show comments.
 */
export function publishComments(draftId: string, snapshot: CommentsSnapshot, refresh: () => void): void {
  const entry = entryOf(draftId);
  entry.refresh = refresh;
  if (entry.snapshot.threads === snapshot.threads && entry.snapshot.error === snapshot.error) return;
  entry.snapshot = snapshot;
  for (const listener of entry.listeners) listener();
}

export function useDraftComments(draftId: string): CommentsSnapshot & { refresh(): void } {
  const entry = entryOf(draftId);
  const snapshot = useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.snapshot,
    () => emptySnapshot,
  );
  return { ...snapshot, refresh: () => entry.refresh() };
}
