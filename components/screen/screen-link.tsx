import { useTranslations } from 'next-intl';

/** Opens the projector's screen view in a tab of its own, so the room itself stays where it is. */
export function ScreenLink({ draftId }: { draftId: string }) {
  const t = useTranslations('screen');
  return (
    <a href={`/drafts/${encodeURIComponent(draftId)}/screen`} target="_blank" rel="noopener" className="draft-tool">
      {t('link')}
    </a>
  );
}
