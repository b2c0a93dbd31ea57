'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { clearOfflineDraft } from './offline-store';

/**
 * Rendered where a draft answers "not found" to this person (deleted, or their
 * access ended): a copy of it kept in this browser for them goes too.
 */
export function ForgetDraftCopy({ userId }: { userId: string }) {
  const params = useParams<{ id?: string }>();
  const draftId = typeof params?.id === 'string' ? params.id : null;
  useEffect(() => {
    if (draftId) void clearOfflineDraft(userId, draftId).catch(() => undefined);
  }, [userId, draftId]);
  return null;
}
