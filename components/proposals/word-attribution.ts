import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import { measureTextOffset } from '@/components/draft/paragraph-text';
import { containsItem, type ClockRange } from '@/lib/attribution/chair-edit';
import { findItemIdAt } from '@/lib/attribution/find-item-id-at';
import { getParagraph, getParagraphContent } from '@/lib/draft';
import { findAttributionAt, type ProposalView } from './proposal-model';
import { formatTime, type TranslateProposals } from './proposal-text';

const navigationKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

function findParagraphEditor(target: EventTarget | null, editors: ReadonlyMap<string, Editor>): [string, Editor] | null {
  if (!(target instanceof Element) || !target.closest('.ProseMirror')) return null;
  const row = target.closest<HTMLElement>('[data-paragraph-id]');
  const id = row?.dataset.paragraphId;
  const editor = id ? editors.get(id) : undefined;
  return id && editor && !editor.isDestroyed ? [id, editor] : null;
}

/** The text offset of the character a click landed on (not the gap before it). */
function readClickedOffset(editor: Editor, event: MouseEvent): number | null {
  const found = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!found) return null;
  const { doc } = editor.state;
  const offset = measureTextOffset(doc, found.pos);
  // posAtCoords gives the nearest gap; past the middle of the last letter of a word that gap is after it.
  const after = doc.textBetween(found.pos, Math.min(doc.content.size, found.pos + 1));
  return after.trim() === '' && offset > 0 ? offset - 1 : offset;
}

/**
 * Tells `onWord` which paragraph and character the user pointed at: a click
 * on a word, or the caret moved with the keyboard, so the answer is there for
 * keyboard users too. Listens on the document because the editors come and go.
 */
export function watchWordAttribution(
  editors: ReadonlyMap<string, Editor>,
  onWord: (paragraphId: string, offset: number) => void,
): () => void {
  const onClick = (event: MouseEvent) => {
    const hit = findParagraphEditor(event.target, editors);
    if (!hit) return;
    const offset = readClickedOffset(hit[1], event);
    if (offset !== null) onWord(hit[0], offset);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (!navigationKeys.has(event.key)) return;
    const hit = findParagraphEditor(event.target, editors);
    if (!hit) return;
    const { state } = hit[1];
    onWord(hit[0], measureTextOffset(state.doc, state.selection.from));
  };
  document.addEventListener('click', onClick);
  document.addEventListener('keyup', onKeyUp);
  return () => {
    document.removeEventListener('click', onClick);
    document.removeEventListener('keyup', onKeyUp);
  };
}

function describeDecision(
  proposal: ProposalView,
  nameOf: (userId: string) => string | undefined,
  t: TranslateProposals,
  locale: string,
): string {
  const time = formatTime(proposal.decidedAt, locale);
  const name = proposal.decidedBy ? nameOf(proposal.decidedBy) : undefined;
  if (time && name) return t('attribution.acceptedAtBy', { time, name });
  if (time) return t('attribution.acceptedAt', { time });
  return name ? t('attribution.acceptedBy', { name }) : '';
}

/** One chair edit of a paragraph as the server recorded it: the Yjs ids typed, when, and by whom. */
export interface ChairEditNote {
  items: readonly ClockRange[];
  createdAt: string;
  actorName: string;
}

/** The chair edit that typed the character at `offset`, from the server's record of the ids each edit inserted. */
function findChairEdit(doc: Y.Doc, paragraphId: string, offset: number, edits: readonly ChairEditNote[]): ChairEditNote | null {
  const id = findItemIdAt(getParagraphContent(getParagraph(doc, paragraphId)), offset);
  if (!id) return null;
  return edits.findLast((edit) => containsItem(edit.items, id.client, id.clock)) ?? null;
}

/**
 * "Introduced by Colombia's proposal, accepted 10:42 by Elena Rossi", "Introduced by the Chair (Elena Rossi),
 * edited 10:44", or "In the base text". The chair's words are known from the server's record of the ids its
 * edits typed (`chairEdits`, loaded from the paragraph's history), never from anything in the document.
 */
export function describeAttribution(
  doc: Y.Doc,
  paragraphId: string,
  offset: number,
  nameOf: (userId: string) => string | undefined,
  chairEdits: readonly ChairEditNote[],
  t: TranslateProposals,
  locale = 'en-GB',
): string {
  let proposal: ProposalView | null;
  let chairEdit: ChairEditNote | null;
  try {
    proposal = findAttributionAt(doc, paragraphId, offset);
    chairEdit = proposal ? null : findChairEdit(doc, paragraphId, offset, chairEdits);
  } catch {
    // The paragraph went away since the click.
    return '';
  }
  if (proposal)
    return t('attribution.byProposal', { name: proposal.delegationName, decision: describeDecision(proposal, nameOf, t, locale) });
  if (chairEdit) {
    const time = formatTime(chairEdit.createdAt, locale);
    return t('attribution.byChair', {
      actor: chairEdit.actorName ? t('attribution.chairActor', { name: chairEdit.actorName }) : '',
      when: time ? t('attribution.chairAt', { time }) : '',
    });
  }
  return t('attribution.baseText');
}
