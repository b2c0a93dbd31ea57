import { useTranslations } from 'next-intl';
import { splitOpsAtLeads } from '@/lib/compare/split-ops-at-leads';
import type { DiffOp } from './proposal-model';

interface MarkedChangeProps {
  ops: readonly DiffOp[];
  /** Italic opening words of the proposed wording (kept and inserted words) and of the text it changes (deleted words). */
  lead?: string;
  baseLead?: string;
  code: string;
}

/**
 * A proposal's change as the compilation prints it: insertions underlined, deletions struck through, italic
 * leads kept, as on the proposal cards. Not every screen reader announces `ins` and `del`, so each is preceded
 * by words saying what it is ("inserted:", "deleted:"), kept outside the element so its own text stays the words.
 */
export function MarkedChange({ ops, lead, baseLead, code }: MarkedChangeProps) {
  const t = useTranslations('proposals.diff');
  return (
    <p className="proposal-diff" data-testid="compilation-change">
      {splitOpsAtLeads(ops, lead, baseLead).map(({ op, parts }, index, all) => {
        const words = parts.map((part, at) => (part.italic ? <em key={at}>{part.text}</em> : part.text));
        const previous = all[index - 1];
        // As in the Word table: struck words would otherwise run straight into the words replacing them.
        const gap = previous?.op === -1 && !/\s$/.test(previous.parts.at(-1)?.text ?? '') && !/^\s/.test(parts[0]?.text ?? '') ? ' ' : '';
        if (op === 1)
          return (
            <span key={index}>
              {gap}
              <span className="visually-hidden">{t('inserted')}</span>
              <ins title={t('insertedBy', { code })}>{words}</ins>
            </span>
          );
        if (op === -1)
          return (
            <span key={index}>
              <span className="visually-hidden">{t('deleted')}</span>
              <del title={t('deletedBy', { code })}>{words}</del>
            </span>
          );
        return <span key={index}>{words}</span>;
      })}
    </p>
  );
}
