import type { ParagraphStatus } from './types';

/** How a paragraph's status reads wherever it is shown or printed (drafting room, compilation, exports). */
export const paragraphStatusLabels: Record<ParagraphStatus, string> = {
  open: 'Open',
  bracketed: 'Bracketed',
  'agreed-ad-ref': 'Agreed ad ref',
  agreed: 'Agreed',
};
