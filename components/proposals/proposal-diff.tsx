import { useTranslations } from 'next-intl';
import type { DiffOp } from './proposal-model';

interface ProposalDiffProps {
  ops: readonly DiffOp[];
  code: string;
}

/**
 * The proposed change over the current text: insertions underlined and
 * deletions struck through in the one redline pair (CSS), whoever proposed it:
 * the delegation is named by its badge beside the change, never by recolouring it.
 */
export function ProposalDiff({ ops, code }: ProposalDiffProps) {
  const t = useTranslations('proposals.diff');
  return (
    <p className="proposal-diff" data-testid="proposal-diff">
      {ops.map(([op, text], index) => {
        if (op === 1) {
          return (
            <ins key={index} title={t('insertedBy', { code })}>
              {text}
            </ins>
          );
        }
        if (op === -1) {
          return (
            <del key={index} title={t('deletedBy', { code })}>
              {text}
            </del>
          );
        }
        return <span key={index}>{text}</span>;
      })}
    </p>
  );
}
