import Link from 'next/link';
import type { ContestedParagraph } from '@/lib/progress';

const kindLabels: Record<string, string> = {
  amend: 'amendment',
  add: 'new paragraph',
  delete: 'deletion',
  alternative: 'alternative',
  move: 'move',
};

function names(list: string[]): string {
  return list.length ? list.join(', ') : 'none';
}

/** The most contested paragraphs, most first, with who supports and who objects to each open proposal. */
export function ContestedList({ draftId, paragraphs }: { draftId: string; paragraphs: ContestedParagraph[] }) {
  return (
    <section className="card" aria-labelledby="progress-contested-heading" data-testid="progress-contested">
      <h2 id="progress-contested-heading">Most contested paragraphs</h2>
      <p className="muted">
        Paragraphs with objections to their open proposals or with brackets in their words; most objecting delegations first.
      </p>
      {paragraphs.length === 0 ? (
        <p>Nothing is contested: no objections and no brackets.</p>
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
                {paragraph.brackets === 1 ? '1 bracket pair' : `${paragraph.brackets} bracket pairs`} · objecting:{' '}
                {names(paragraph.objectors)} · supporting: {names(paragraph.supporters)}
              </p>
              {paragraph.proposals.length > 0 && (
                <ul>
                  {paragraph.proposals.map((proposal) => (
                    <li key={proposal.id} data-testid="contested-proposal" data-delegation={proposal.delegation}>
                      {proposal.delegationName}'s {kindLabels[proposal.kind] ?? proposal.kind}: supported by{' '}
                      <span data-testid="contested-supporters">{names(proposal.supporters)}</span>; objected to by{' '}
                      <span data-testid="contested-objectors">{names(proposal.objectors)}</span>
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
