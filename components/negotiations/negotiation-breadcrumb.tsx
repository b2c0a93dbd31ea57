import Link from 'next/link';
import { useTranslations } from 'next-intl';
import './negotiations.css';

interface Crumb {
  href: string;
  label: string;
}

/** Says which negotiation a page is in, with a way back to it and to the pages between. */
export function NegotiationBreadcrumb({ negotiation, trail = [] }: { negotiation: { id: string; title: string }; trail?: Crumb[] }) {
  const t = useTranslations('negotiation');
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb')} data-testid="breadcrumb">
      <Link href={`/negotiations/${encodeURIComponent(negotiation.id)}`} data-testid="breadcrumb-negotiation">
        {negotiation.title}
      </Link>
      {trail.map((crumb) => (
        <span key={crumb.href}>
          {' › '}
          <Link href={crumb.href}>{crumb.label}</Link>
        </span>
      ))}
    </nav>
  );
}
