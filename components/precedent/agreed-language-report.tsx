import { useTranslations } from 'next-intl';
import { HighlightedText } from '@/components/search/highlighted-text';
import { rateCoverage } from '@/lib/search/rate-coverage';
import { buildCorpusLink, type AgreedLanguageCheck } from './precedent-api';

interface AgreedLanguageReportProps {
  /** "OP 4", "PP 2": how the report names the paragraph. */
  name: string;
  text: string;
  result: AgreedLanguageCheck;
  /** The paragraph changed after the check; the figures describe the earlier words. */
  stale?: boolean;
}

export function formatCoverage(coverage: number): string {
  return rateCoverage(coverage).share;
}

/** Citations in the order their spans appear, each once. */
export function listCitations(result: AgreedLanguageCheck): string[] {
  return [...new Set([...result.spans].sort((a, b) => a.start - b.start).map((span) => span.citation))];
}

export type PrecedentTranslate = ReturnType<typeof useTranslations<'precedent'>>;

export function describeAgreedLanguage(name: string, result: AgreedLanguageCheck, t: PrecedentTranslate): string {
  const citations = listCitations(result);
  const { band, share: percent } = rateCoverage(result.coverage);
  const share = t('share', { label: t('band', { band }), share: percent, name });
  return citations.length > 0 ? t('shareWithCitations', { share, citations: citations.join('; ') }) : t('shareEnd', { share });
}

/** What a check found: the share, where it comes from, and the agreed words marked in the text. */
export function AgreedLanguageReport({ name, text, result, stale = false }: AgreedLanguageReportProps) {
  const t = useTranslations('precedent');
  const spans = [...result.spans].sort((a, b) => a.start - b.start);
  const { band } = rateCoverage(result.coverage);
  return (
    <div
      className="precedent-report"
      data-testid="agreed-language-report"
      data-coverage={Math.round(result.coverage * 100)}
      data-band={band}
    >
      <p className="precedent-report-summary">{describeAgreedLanguage(name, result, t)}</p>
      {stale && <p className="muted precedent-report-stale">{t('stale')}</p>}
      {spans.length > 0 && (
        <>
          <p className="precedent-report-text">
            <HighlightedText text={text} ranges={spans} />
          </p>
          <ul className="precedent-report-spans" aria-label={t('agreedIn', { name })}>
            {spans.map((span, index) => (
              <li key={`${span.start}-${index}`}>
                <q>{text.slice(span.start, span.end)}</q> — <a href={buildCorpusLink(span.documentId, span.ref)}>{span.citation}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
