'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { DraftRoomUser } from '@/components/draft/draft-permissions';
import type { DraftView } from '@/components/draft/draft-view-store';
import { usePolledJson } from '@/components/live/use-polled-json';
import { type CommentThreadItem, commentsApiPath, publishComments } from './comment-store';

/**
 * Keeps the room's comment threads current (one poll for the whole draft) and tells screen-reader users, politely,
 * of comments others have just written. The first answer announces nothing: those were already there.
 */
export interface CommentsLiveProps {
  draftId: string;
  user: DraftRoomUser;
  view: DraftView;
}

export function CommentsLive({ draftId, user, view }: CommentsLiveProps) {
  const t = useTranslations('comments');
  const { data, error, refresh } = usePolledJson<{ threads: CommentThreadItem[] }>(commentsApiPath(draftId));
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Each poll parses a new object: an unchanged list keeps its identity, so a quiet poll re-renders no paragraph.
  const published = useRef<{ json: string; threads: CommentThreadItem[] } | null>(null);
  useEffect(() => {
    let threads: CommentThreadItem[] | null = null;
    if (data) {
      const json = JSON.stringify(data.threads);
      if (published.current?.json !== json) published.current = { json, threads: data.threads };
      threads = published.current.threads;
    }
    publishComments(draftId, { threads, error }, refresh);
  }, [draftId, data, error, refresh]);

  useEffect(() => {
    if (!data) return;
    const comments = data.threads.flatMap((thread) => thread.comments.map((comment) => ({ thread, comment })));
    if (seen.current === null) {
      seen.current = new Set(comments.map(({ comment }) => comment.id));
      return;
    }
    const known = seen.current;
    const fresh = comments.filter(({ comment }) => !known.has(comment.id));
    for (const { comment } of fresh) known.add(comment.id);
    const others = fresh.filter(({ comment }) => comment.author.id !== user.id);
    if (others.length === 0) return;
    const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));
    setAnnouncement(
      others
        .map(({ thread, comment }) =>
          t('announceNew', { delegation: comment.delegation.name, label: labels.get(thread.paragraphId) ?? t('aParagraph') }),
        )
        .join(' '),
    );
  }, [data, user.id, view.paragraphs, t]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="comment-announcements">
      {announcement}
    </p>
  );
}
