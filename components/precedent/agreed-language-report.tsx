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

export function describeAgreedLanguage(name: string, result: AgreedLanguageCheck): string {
  const citations = listCitations(result);
  const { label, share: percent } = rateCoverage(result.coverage);
  const share = `${label} — ${percent} of ${name} is agreed language`;
  return citations.length > 0 ? `${share}: ${citations.join('; ')}` : `${share}.`;
}

/** What a check found: the share, where it comes from, and the agreed words marked in the text. */
export function AgreedLanguageReport({ name, text, result, stale = false }: AgreedLanguageReportProps) {
  const spans = [...result.spans].sort((a, b) => a.start - b.start);
  const { band } = rateCoverage(result.coverage);
  return (
    <div
      className="precedent-report"
      data-testid="agreed-language-report"
      data-coverage={Math.round(result.coverage * 100)}
      data-band={band}
    >
      <p className="precedent-report-summary">{describeAgreedLanguage(name, result)}</p>
      {stale && <p className="muted precedent-report-stale">The text has changed since this check.</p>}
      {spans.length > 0 && (
        <>
          <p className="precedent-report-text">
            <HighlightedText text={text} ranges={spans} />
          </p>
          <ul className="precedent-report-spans" aria-label={`Agreed language in ${name}`}>
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
