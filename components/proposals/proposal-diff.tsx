import type { DiffOp } from './proposal-model';

interface ProposalDiffProps {
  ops: readonly DiffOp[];
  colour: string;
  code: string;
}

/**
 * The proposed change over the current text: insertions underlined and
 * deletions struck through in the delegation's colour. Screen readers hear
 * "inserted"/"deleted" from the elements themselves, so colour is never the
 * only signal.
 */
export function ProposalDiff({ ops, colour, code }: ProposalDiffProps) {
  return (
    <p className="proposal-diff" data-testid="proposal-diff">
      {ops.map(([op, text], index) => {
        if (op === 1) {
          return (
            <ins key={index} style={{ color: colour, textDecorationColor: colour }} title={`Inserted by ${code}`}>
              {text}
            </ins>
          );
        }
        if (op === -1) {
          return (
            <del key={index} style={{ color: colour, textDecorationColor: colour }} title={`Deleted by ${code}`}>
              {text}
            </del>
          );
        }
        return <span key={index}>{text}</span>;
      })}
    </p>
  );
}
