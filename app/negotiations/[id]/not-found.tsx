import Link from 'next/link';
import { useTranslations } from 'next-intl';

export default function NegotiationNotFound() {
  const t = useTranslations('negotiation');
  return (
    <main>
      <section className="card">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundText')}</p>
        <p>
          <Link href="/">{t('yourNegotiations')}</Link>
        </p>
      </section>
    </main>
  );
}
