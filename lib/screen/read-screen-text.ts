import type * as Y from 'yjs';
import { readDraftSnapshot, type ParagraphKind, type ParagraphStatus } from '@/lib/draft';
import { readCompilation, type CompilationGroup } from '@/lib/proposals';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { describeScreenProposal } from './describe-screen-proposal';
import { splitBrackets, type TextSegment } from './split-brackets';

export interface ScreenProposal {
  id: string;
  /** "EU 1". */
  label: string;
  delegation: string;
  sentence: string;
}

export interface ScreenParagraph {
  id: string;
  /** As printed in the text: PP1, 1, (a), (i). */
  number: string;
  /** As delegations say it: 5(b). */
  ref: string;
  kind: ParagraphKind;
  depth: number;
  status: ParagraphStatus;
  /** Italic opening words, cut off the text. */
  lead: string;
  segments: TextSegment[];
  proposals: ScreenProposal[];
}

export interface ScreenText {
  title: string;
  chapeau: string;
  /** Open proposals for new paragraphs at the top of the text. */
  atStart: ScreenProposal[];
  paragraphs: ScreenParagraph[];
}

function readScreenProposals(group: CompilationGroup | undefined): ScreenProposal[] {
  return (group?.entries ?? []).map((entry) => ({
    id: entry.proposal.id,
    label: entry.proposal.label,
    delegation: entry.proposal.delegation,
    sentence: describeScreenProposal(entry),
  }));
}

/**
 * What the projector shows of a draft's shared document as it now stands: the text with its numbers, leads,
 * brackets and statuses, and under each paragraph its open proposals as sentences.
 */
export function readScreenText(doc: Y.Doc): ScreenText {
  const snapshot = readDraftSnapshot(doc);
  const refs = deriveParagraphRefs(snapshot.paragraphs);
  const groups = new Map(readCompilation(doc, { all: false }).map((group) => [group.key, group]));
  return {
    title: snapshot.title,
    chapeau: snapshot.chapeau,
    atStart: readScreenProposals(groups.get('start')),
    paragraphs: snapshot.paragraphs.map((paragraph, index) => {
      const lead = paragraph.lead && paragraph.text.startsWith(paragraph.lead) ? paragraph.lead : '';
      return {
        id: paragraph.id,
        number: paragraph.number,
        ref: refs[index]!,
        kind: paragraph.kind,
        depth: paragraph.depth,
        status: paragraph.status,
        lead,
        segments: splitBrackets(paragraph.text.slice(lead.length)),
        proposals: readScreenProposals(groups.get(paragraph.id)),
      };
    }),
  };
}
