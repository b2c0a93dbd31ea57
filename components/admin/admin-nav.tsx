import Link from 'next/link';
import { useTranslations } from 'next-intl';
import './admin.css';

export function AdminNav() {
  const t = useTranslations('admin');
  return (
    <nav className="admin-nav" aria-label={t('nav')}>
      <Link href="/admin/negotiations">{t('negotiations')}</Link>
      <Link href="/admin/delegations">{t('delegations')}</Link>
      <Link href="/admin/people">{t('people')}</Link>
    </nav>
  );
}
