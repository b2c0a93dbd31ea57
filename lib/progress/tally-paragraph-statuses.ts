import { countBracketPairs } from './count-bracket-pairs';
import type { ProgressParagraph, StatusTally } from './types';

/** Which bar segment a paragraph falls in: an open paragraph with brackets in its words is still bracketed. */
export function readProgressStatus(paragraph: Pick<ProgressParagraph, 'status' | 'text'>): keyof Omit<StatusTally, 'total'> {
  switch (paragraph.status) {
    case 'agreed':
      return 'agreed';
    case 'agreed-ad-ref':
      return 'agreedAdRef';
    case 'bracketed':
      return 'bracketed';
    default:
      return countBracketPairs(paragraph.text) > 0 ? 'bracketed' : 'open';
  }
}

export function tallyParagraphStatuses(paragraphs: readonly Pick<ProgressParagraph, 'status' | 'text'>[]): StatusTally {
  const tally: StatusTally = { open: 0, bracketed: 0, agreedAdRef: 0, agreed: 0, total: 0 };
  for (const paragraph of paragraphs) {
    tally[readProgressStatus(paragraph)] += 1;
    tally.total += 1;
  }
  return tally;
}
