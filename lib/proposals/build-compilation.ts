import type * as Y from 'yjs';
import type { DiffOp } from '@/lib/compare/types';
import { detectParagraphLead } from '@/lib/corpus/detect-lead';
import { readDraftSnapshot, type ParagraphKind, type ParagraphStatus } from '@/lib/draft';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import type { ProposalView } from './proposal-doc-parts';
import { readProposals } from './read-proposals';

/** A paragraph of the text as it now stands, in reading order. */
export interface CompilationSourceParagraph {
  id: string;
  /** "PP3", "5", "5(b)". */
  ref: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  text: string;
  lead?: string;
}

/** A proposal's standing as a compilation prints it: "overtaken" is an open proposal whose paragraph changed since. */
export type CompilationStatus = 'open' | 'overtaken' | 'accepted' | 'rejected' | 'withdrawn';

export interface CompilationEntry {
  proposal: ProposalView;
  /** The proposal's own reference: "5" for an amendment of 5, "5 bis" for an alternative, "after 5" for a new paragraph. */
  ref: string;
  /** What it does: "Amendment", "Alternative wording (5 bis)", "Deletion", "New paragraph after 5", "Move to after 7". */
  action: string;
  /** The change marked, from the proposal's own base to its text: a new paragraph all inserted, a deletion all deleted. */
  change: DiffOp[];
  /** Italic opening words of the proposed text and of the text it was written against, where they have them. */
  lead?: string;
  baseLead?: string;
  status: CompilationStatus;
  /** How many wordings the proposal has had (1 unless its delegation updated it). */
  versions: number;
}

export interface CompilationGroup {
  /** The paragraph's id, "start" for new paragraphs proposed at the top, "removed" for the rest. */
  key: string;
  /** "PP3", "5(b)"; "Start of the text"; "Paragraphs no longer in the text". */
  ref: string;
  /** The paragraph as it now stands; absent for the start and for proposals on removed paragraphs. */
  paragraph?: CompilationSourceParagraph;
  entries: CompilationEntry[];
}

export const compilationStatusLabels: Record<CompilationStatus, string> = {
  open: 'Open',
  overtaken: 'Overtaken',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

const START = 'start';
const REMOVED = 'removed';

function readStatus(proposal: ProposalView): CompilationStatus {
  return proposal.status === 'open' && proposal.overtaken ? 'overtaken' : proposal.status;
}

function readLead(text: string, kind: ParagraphKind, known?: string): string | undefined {
  if (known && text.startsWith(known)) return known;
  if (text === '') return undefined;
  return detectParagraphLead(text, kind === 'preambular' ? 'preambular' : 'operative');
}

function describePlace(afterId: string | null, refs: ReadonlyMap<string, string>): string {
  if (afterId === null) return 'the start of the text';
  const ref = refs.get(afterId);
  return ref ? `after ${ref}` : 'after a paragraph no longer in the text';
}

function buildEntry(
  proposal: ProposalView,
  paragraph: CompilationSourceParagraph | undefined,
  refs: ReadonlyMap<string, string>,
): CompilationEntry {
  const ref = paragraph?.ref ?? 'removed';
  const kind = paragraph?.kind ?? proposal.paragraphKind ?? 'operative';
  const base = { proposal, status: readStatus(proposal), versions: proposal.versions.length };
  switch (proposal.kind) {
    case 'amend':
    case 'alternative': {
      const own = proposal.alternative ? `${ref} ${proposal.alternative}` : ref;
      const lead = readLead(proposal.text, kind, paragraph?.lead);
      const baseLead = readLead(proposal.baseText, kind, paragraph?.lead);
      return {
        ...base,
        ref: own,
        action: proposal.kind === 'amend' ? 'Amendment' : `Alternative wording (${own})`,
        change: proposal.ops.length > 0 ? proposal.ops : [[0, proposal.text]],
        ...(lead ? { lead } : {}),
        ...(baseLead ? { baseLead } : {}),
      };
    }
    case 'add': {
      const place = describePlace(proposal.afterParagraphId, refs);
      const lead = readLead(proposal.text, kind);
      return {
        ...base,
        ref: proposal.afterParagraphId === null ? 'start' : place,
        action: `New paragraph ${place === 'the start of the text' ? 'at the start of the text' : place}`,
        change: [[1, proposal.text]],
        ...(lead ? { lead } : {}),
      };
    }
    case 'delete': {
      const baseLead = readLead(proposal.baseText, kind, paragraph?.lead);
      return { ...base, ref, action: 'Deletion', change: [[-1, proposal.baseText]], ...(baseLead ? { baseLead } : {}) };
    }
    case 'move':
      return { ...base, ref, action: `Move to ${describePlace(proposal.afterParagraphId, refs)}`, change: [] };
  }
}

/** The paragraph a proposal is listed under: a new paragraph under the one it would follow. */
function findAnchor(proposal: ProposalView): string {
  if (proposal.kind === 'add') return proposal.afterParagraphId ?? START;
  return proposal.paragraphId;
}

/**
 * The compilation of proposals as secretariats circulate it: each paragraph that has proposals, in the order
 * of the text, with its current text and status, then its proposals in the order they were made, each with
 * its own change marked (against the text it was written against, never re-diffed against what the paragraph
 * became). New paragraphs proposed at the top come first; proposals on paragraphs no longer in the text last.
 * Open proposals only unless `all`.
 */
export function buildCompilation(
  paragraphs: readonly CompilationSourceParagraph[],
  proposals: readonly ProposalView[],
  options: { all: boolean },
): CompilationGroup[] {
  const refs = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.ref]));
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const groups = new Map<string, CompilationGroup>([[START, { key: START, ref: 'Start of the text', entries: [] }]]);
  for (const paragraph of paragraphs) groups.set(paragraph.id, { key: paragraph.id, ref: paragraph.ref, paragraph, entries: [] });
  const removed: CompilationGroup = { key: REMOVED, ref: 'Paragraphs no longer in the text', entries: [] };
  for (const proposal of proposals) {
    if (!options.all && proposal.status !== 'open') continue;
    const group = groups.get(findAnchor(proposal)) ?? removed;
    group.entries.push(buildEntry(proposal, byId.get(proposal.paragraphId), refs));
  }
  return [...groups.values(), removed].filter((group) => group.entries.length > 0);
}

/** The compilation of a draft's shared document as it now stands: what the page shows and the Word table prints. */
export function readCompilation(doc: Y.Doc, options: { all: boolean }): CompilationGroup[] {
  const snapshot = readDraftSnapshot(doc);
  const refs = deriveParagraphRefs(snapshot.paragraphs);
  const paragraphs = snapshot.paragraphs.map((paragraph, index) => ({
    id: paragraph.id,
    ref: refs[index]!,
    kind: paragraph.kind,
    status: paragraph.status,
    text: paragraph.text,
    ...(paragraph.lead ? { lead: paragraph.lead } : {}),
  }));
  return buildCompilation(paragraphs, readProposals(doc), options);
}
