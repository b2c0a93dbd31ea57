import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** The drafting room header's way to the draft's progress page. */
export function ProgressLink({ draftId }: { draftId: string }) {
  const t = useTranslations('progress');
  return (
    <Link href={`/drafts/${encodeURIComponent(draftId)}/progress`} className="draft-tool" data-testid="progress-link">
      {t('link')}
    </Link>
  );
}
