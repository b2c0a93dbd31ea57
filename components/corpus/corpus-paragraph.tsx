import { useTranslations } from 'next-intl';
import type { CorpusParagraph } from '@/lib/corpus/types';
import { formatRefLabel } from '@/lib/corpus/refs';

/** The number as printed in the UN text: "3." for operative paragraphs, "(a)" / "(ii)" below them, none for preambular ones. */
function printedNumber(paragraph: CorpusParagraph): string {
  if (paragraph.kind === 'preambular') return '';
  const last = paragraph.ref.match(/\([^)]+\)$/);
  return paragraph.kind === 'subparagraph' && last ? last[0] : `${paragraph.ref}.`;
}

export function CorpusParagraphView({ paragraph }: { paragraph: CorpusParagraph }) {
  const t = useTranslations('corpus');
  const number = printedNumber(paragraph);
  const lead = paragraph.lead && paragraph.text.startsWith(paragraph.lead) ? paragraph.lead : '';
  const rest = paragraph.text.slice(lead.length);
  return (
    <div className={`para depth-${paragraph.depth}`} id={paragraph.ref} data-ref={paragraph.ref}>
      <a className="ref-link" href={`#${paragraph.ref}`} aria-label={t('linkTo', { ref: formatRefLabel(paragraph.ref) })}>
        {formatRefLabel(paragraph.ref)}
      </a>
      <div className="body">
        <p style={{ margin: 0 }}>
          {number && <span className="num">{number}</span>}
          {lead && <em>{lead}</em>}
          {rest}
          {paragraph.notes?.map((_, index) => (
            <sup key={index}>
              <a href={`#${paragraph.ref}-note-${index + 1}`}>{index + 1}</a>
            </sup>
          ))}
        </p>
        {paragraph.notes && paragraph.notes.length > 0 && (
          <ol className="notes" aria-label={t('footnotes')}>
            {paragraph.notes.map((note, index) => (
              <li key={index} id={`${paragraph.ref}-note-${index + 1}`}>
                {note}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
