'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { formatDateTime, formatTime } from '@/components/proposals/proposal-text';

function describeWhen(iso: string): string {
  const when = new Date(iso);
  return when.toDateString() === new Date().toDateString() ? formatTime(when) : formatDateTime(when);
}

/**
 * "Since I last looked (14:05)": the comparison of the draft as the person last saw it with now. Absent on a first
 * visit. Read once: the record it names changes only when the person comes back after a sitting.
 */
export function SinceLastLookedLink({ draftId }: { draftId: string }) {
  const t = useTranslations('since');
  const [since, setSince] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/drafts/${encodeURIComponent(draftId)}/since`)
      .then((response) => (response.ok ? (response.json() as Promise<{ since: string | null }>) : { since: null }))
      .then((body) => {
        if (live) setSince(body.since);
      })
      // Without the record the room simply offers no comparison; nothing the person typed is at stake.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [draftId]);
  if (!since) return null;
  return (
    <Link href={`/drafts/${encodeURIComponent(draftId)}/since`} className="draft-tool" data-testid="since-last-looked">
      {t('link', { when: describeWhen(since) })}
    </Link>
  );
}
