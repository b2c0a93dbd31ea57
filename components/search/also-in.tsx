import { useTranslations } from 'next-intl';
import type { SearchHit } from '@/lib/search';

type Places = NonNullable<SearchHit['alsoIn']>;

/** "also in COP res. 10/3, OP 1 (2020); Rev. draft res. (2022), OP 1": where the same language stands besides the text cited. */
export function AlsoIn({ places, className }: { places: SearchHit['alsoIn']; className?: string }) {
  const t = useTranslations('search');
  if (!places || places.length === 0) return null;
  return (
    <p className={className ?? 'muted'} data-testid="also-in" style={{ margin: '0.2rem 0', fontSize: '0.9em' }}>
      {t('alsoIn')}{' '}
      {(places as Places).map((place, i) => (
        <span key={`${place.documentId}#${place.ref}`}>
          {i > 0 && '; '}
          <a href={`/corpus/${encodeURIComponent(place.documentId)}#${encodeURIComponent(place.ref)}`}>{place.citation}</a>
        </span>
      ))}
    </p>
  );
}
