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

/** The words of the action column and of the places a compilation names; the page passes the person's language. */
export type CompilationWordKey =
  | 'amendment'
  | 'alternative'
  | 'newParagraphAtStart'
  | 'newParagraphAfter'
  | 'newParagraphAfterRemoved'
  | 'deletion'
  | 'moveToStart'
  | 'moveAfter'
  | 'moveAfterRemoved'
  | 'refStart'
  | 'refAfter'
  | 'refAfterRemoved'
  | 'refRemoved'
  | 'groupStart'
  | 'groupRemoved';

export type CompilationWords = (key: CompilationWordKey, values?: { ref: string }) => string;

const englishWords: Record<CompilationWordKey, string> = {
  amendment: 'Amendment',
  alternative: 'Alternative wording ({ref})',
  newParagraphAtStart: 'New paragraph at the start of the text',
  newParagraphAfter: 'New paragraph after {ref}',
  newParagraphAfterRemoved: 'New paragraph after a paragraph no longer in the text',
  deletion: 'Deletion',
  moveToStart: 'Move to the start of the text',
  moveAfter: 'Move to after {ref}',
  moveAfterRemoved: 'Move to after a paragraph no longer in the text',
  refStart: 'start',
  refAfter: 'after {ref}',
  refAfterRemoved: 'after a paragraph no longer in the text',
  refRemoved: 'removed',
  groupStart: 'Start of the text',
  groupRemoved: 'Paragraphs no longer in the text',
};

/** The Word table's words: a circulated document, in English like the server's other documents. */
export const englishCompilationWords: CompilationWords = (key, values) => englishWords[key].replace('{ref}', values?.ref ?? '');

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

type Place = { at: 'start' } | { at: 'after'; ref: string } | { at: 'removed' };

function findPlace(afterId: string | null, refs: ReadonlyMap<string, string>): Place {
  if (afterId === null) return { at: 'start' };
  const ref = refs.get(afterId);
  return ref ? { at: 'after', ref } : { at: 'removed' };
}

function buildEntry(
  proposal: ProposalView,
  paragraph: CompilationSourceParagraph | undefined,
  refs: ReadonlyMap<string, string>,
  words: CompilationWords,
): CompilationEntry {
  const ref = paragraph?.ref ?? words('refRemoved');
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
        action: proposal.kind === 'amend' ? words('amendment') : words('alternative', { ref: own }),
        change: proposal.ops.length > 0 ? proposal.ops : [[0, proposal.text]],
        ...(lead ? { lead } : {}),
        ...(baseLead ? { baseLead } : {}),
      };
    }
    case 'add': {
      const place = findPlace(proposal.afterParagraphId, refs);
      const lead = readLead(proposal.text, kind);
      return {
        ...base,
        ref:
          place.at === 'start'
            ? words('refStart')
            : place.at === 'after'
              ? words('refAfter', { ref: place.ref })
              : words('refAfterRemoved'),
        action:
          place.at === 'start'
            ? words('newParagraphAtStart')
            : place.at === 'after'
              ? words('newParagraphAfter', { ref: place.ref })
              : words('newParagraphAfterRemoved'),
        change: [[1, proposal.text]],
        ...(lead ? { lead } : {}),
      };
    }
    case 'delete': {
      const baseLead = readLead(proposal.baseText, kind, paragraph?.lead);
      return { ...base, ref, action: words('deletion'), change: [[-1, proposal.baseText]], ...(baseLead ? { baseLead } : {}) };
    }
    case 'move': {
      const place = findPlace(proposal.afterParagraphId, refs);
      const action =
        place.at === 'start'
          ? words('moveToStart')
          : place.at === 'after'
            ? words('moveAfter', { ref: place.ref })
            : words('moveAfterRemoved');
      return { ...base, ref, action, change: [] };
    }
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
  options: { all: boolean; words?: CompilationWords },
): CompilationGroup[] {
  const words = options.words ?? englishCompilationWords;
  const refs = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.ref]));
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const groups = new Map<string, CompilationGroup>([[START, { key: START, ref: words('groupStart'), entries: [] }]]);
  for (const paragraph of paragraphs) groups.set(paragraph.id, { key: paragraph.id, ref: paragraph.ref, paragraph, entries: [] });
  const removed: CompilationGroup = { key: REMOVED, ref: words('groupRemoved'), entries: [] };
  for (const proposal of proposals) {
    if (!options.all && proposal.status !== 'open') continue;
    const group = groups.get(findAnchor(proposal)) ?? removed;
    group.entries.push(buildEntry(proposal, byId.get(proposal.paragraphId), refs, words));
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
