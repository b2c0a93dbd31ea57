import { useTranslations } from 'next-intl';

/**
 * The page's first focusable element, shown on focus: straight past the top
 * bar to the page's content (app/layout.tsx wraps it in #main-content).
 */
export function SkipLink() {
  const t = useTranslations('skipLink');
  return (
    <a href="#main-content" className="skip-link">
      {t('mainContent')}
    </a>
  );
}
