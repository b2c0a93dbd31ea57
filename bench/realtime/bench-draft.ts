import type { CorpusDocument } from '@/lib/corpus/types';

/** The draft every server starts from: 10 preambular and 50 operative paragraphs, as a corpus text would give them. */
export const benchParagraphCount = 60;

export const benchNegotiationId = 'bench-negotiation';

export const benchDocument: CorpusDocument = {
  id: 'bench-draft',
  title: 'Benchmark draft',
  kind: 'draft resolution',
  body: 'Conference of the Parties',
  year: 2026,
  chapeau: 'The Conference of the Parties,',
  sources: [],
  paragraphs: Array.from({ length: benchParagraphCount }, (_, index) => ({
    ref: index < 10 ? `PP${index + 1}` : `${index - 9}`,
    kind: index < 10 ? ('preambular' as const) : ('operative' as const),
    text: `Paragraph ${index} recalling the relevant provisions of the Convention and the Protocols thereto, `.repeat(2),
    depth: 0,
  })),
};
