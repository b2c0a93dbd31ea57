'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { can, isRole } from '@/lib/auth/permissions';
import { useParagraphFollow } from './use-draft-follows';

interface FollowParagraphButtonProps {
  draftId: string;
  paragraphId: string;
  label: string;
  user: { role: string };
}

/**
 * "Follow" / "Following" for one paragraph: a delegation that follows hears of new proposals there. Also brings a
 * notification's link (#paragraph-<id>) into view once the paragraph is on the page, which is after the page loaded.
 */
export function FollowParagraphButton({ draftId, paragraphId, label, user }: FollowParagraphButtonProps) {
  const t = useTranslations('notifications');
  const describeRefusal = useDescribeRefusal();
  const allowed = isRole(user.role) && can(user.role, 'paragraph:follow');
  const { loaded, following, choose } = useParagraphFollow(draftId, paragraphId, allowed);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (window.location.hash === `#paragraph-${paragraphId}`)
      document.getElementById(`paragraph-${paragraphId}`)?.scrollIntoView({ block: 'center' });
  }, [paragraphId]);

  if (!allowed || !loaded) return null;
  const toggle = async () => {
    setBusy(true);
    const refusal = await choose(!following);
    setProblem(refusal ? describeRefusal(refusal) : null);
    setBusy(false);
  };
  return (
    <p className="follow-paragraph">
      <button
        type="button"
        className="draft-tool"
        aria-pressed={following}
        aria-label={t('followLabel', { following: String(following), label })}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {following ? t('following') : t('follow')}
      </button>
      {problem && <span role="alert"> {problem}</span>}
    </p>
  );
}
