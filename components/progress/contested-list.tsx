import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ContestedParagraph } from '@/lib/progress';

type Translate = ReturnType<typeof useTranslations<'progress'>>;

const kindKeys = {
  amend: 'kindAmend',
  add: 'kindAdd',
  delete: 'kindDelete',
  alternative: 'kindAlternative',
  move: 'kindMove',
} as const;

function nameKind(t: Translate, kind: string): string {
  return kind in kindKeys ? t(kindKeys[kind as keyof typeof kindKeys]) : kind;
}

function names(t: Translate, list: string[]): string {
  return list.length ? list.join(', ') : t('none');
}

/** The most contested paragraphs, most first, with who supports and who objects to each open proposal. */
export function ContestedList({ draftId, paragraphs }: { draftId: string; paragraphs: ContestedParagraph[] }) {
  const t = useTranslations('progress');
  return (
    <section className="card" aria-labelledby="progress-contested-heading" data-testid="progress-contested">
      <h2 id="progress-contested-heading">{t('contestedTitle')}</h2>
      <p className="muted">{t('contestedDescription')}</p>
      {paragraphs.length === 0 ? (
        <p>{t('nothingContested')}</p>
      ) : (
        <ol className="progress-contested">
          {paragraphs.map((paragraph) => (
            <li key={paragraph.paragraphId} data-testid="contested-paragraph" data-ref={paragraph.ref}>
              <p>
                <Link href={`/drafts/${encodeURIComponent(draftId)}`}>
                  <strong>{paragraph.ref}</strong>
                </Link>{' '}
                {paragraph.excerpt}
              </p>
              <p className="muted">
                {t('contestedLine', {
                  brackets: paragraph.brackets,
                  objectors: names(t, paragraph.objectors),
                  supporters: names(t, paragraph.supporters),
                })}
              </p>
              {paragraph.proposals.length > 0 && (
                <ul>
                  {paragraph.proposals.map((proposal) => (
                    <li key={proposal.id} data-testid="contested-proposal" data-delegation={proposal.delegation}>
                      {t('supportedBy', { delegation: proposal.delegationName, kind: nameKind(t, proposal.kind) })}{' '}
                      <span data-testid="contested-supporters">{names(t, proposal.supporters)}</span>
                      {t('objectedBy')} <span data-testid="contested-objectors">{names(t, proposal.objectors)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
