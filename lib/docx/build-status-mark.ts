import { TextRun } from 'docx';
import type { ParagraphStatus } from '@/lib/draft/types';

/**
 * A paragraph's negotiation status as printed after its text. Parentheses, not brackets: in a UN text square
 * brackets mean wording still disputed, so "[agreed]" would read as a bracketed alternative.
 */
export const STATUS_STYLE = 'ParagraphStatus';

const statusLabels: Partial<Record<ParagraphStatus, string>> = {
  'agreed-ad-ref': 'agreed ad ref',
  agreed: 'agreed',
};

/** Bold italic in its own character style, so a reader (and our importer) tells it from the text. */
export const statusCharacterStyle = {
  id: STATUS_STYLE,
  name: 'Paragraph status',
  basedOn: 'DefaultParagraphFont',
  quickFormat: true,
  run: { bold: true, italics: true },
};

export function readStatusLabel(status: ParagraphStatus | undefined): string | undefined {
  return status ? statusLabels[status] : undefined;
}

/** The mark's run, or none for an open or bracketed paragraph (its brackets are in the text). */
export function buildStatusMarkRuns(status: ParagraphStatus | undefined): TextRun[] {
  const label = readStatusLabel(status);
  return label ? [new TextRun({ text: ` (${label})`, style: STATUS_STYLE })] : [];
}
