import type * as Y from 'yjs';
import {
  getParagraph,
  getParagraphContent,
  insertParagraph,
  paragraphKeys,
  readParagraphOrder,
  type ParagraphKind,
  type ParagraphSource,
} from '@/lib/draft';
import { buildLeadRuns, writeFragmentRuns } from '@/lib/editor';
import { localOrigin } from '@/components/draft/draft-operations';
import type { RoomSession } from '@/components/draft/room-session';
import type { PrecedentHit } from './precedent-api';
import { buildParagraphSource, readPrecedentLead, readPrecedentShape } from './precedent-shape';

/**
 * Runs a change as one step of the draft's shared undo stack, apart from the
 * typing around it, with the origin that stack tracks, so Ctrl/⌘+Z takes a
 * whole insertion back and other delegations' stacks never see it.
 */
function runAsOneStep<T>(session: RoomSession, change: (doc: Y.Doc) => T): T {
  const { doc } = session.connection;
  session.undoManager.stopCapturing();
  let result!: T;
  doc.transact(() => {
    result = change(doc);
  }, localOrigin);
  session.undoManager.stopCapturing();
  return result;
}

/** Inserts the precedent after `afterId` (or at the end), shaped by its reference and citing it; returns the new id. */
export function insertPrecedentAfter(session: RoomSession, afterId: string | null, hit: PrecedentHit): string {
  const { kind, depth } = readPrecedentShape(hit.ref);
  return runAsOneStep(session, (doc) => {
    const order = readParagraphOrder(doc);
    const at = afterId === null ? -1 : order.indexOf(afterId);
    const index = at === -1 ? order.length : at + 1;
    return insertParagraph(doc, index, {
      kind,
      depth,
      text: hit.text,
      lead: readPrecedentLead(hit.text, kind),
      source: buildParagraphSource(hit),
    });
  });
}

/**
 * Replaces a paragraph's text with the precedent and cites it. Kind and status
 * stay: the delegation chose where the paragraph sits, only its words change.
 */
export function replaceWithPrecedent(session: RoomSession, paragraphId: string, hit: PrecedentHit, kind: ParagraphKind): void {
  runAsOneStep(session, (doc) => {
    const paragraph = getParagraph(doc, paragraphId);
    const content = getParagraphContent(paragraph);
    if (content.length > 0) content.delete(0, content.length);
    writeFragmentRuns(content, buildLeadRuns(hit.text, readPrecedentLead(hit.text, kind)));
    setSource(paragraph, buildParagraphSource(hit));
  });
}

function setSource(paragraph: Y.Map<unknown>, source: ParagraphSource): void {
  paragraph.set(paragraphKeys.source, { ...source });
}

function needsSpace(before: string, after: string): boolean {
  return before.length > 0 && after.length > 0 && !/\s$/.test(before) && !/^[\s,;:.)]/.test(after);
}

/**
 * Types the words at the paragraph editor's caret (replacing its selection)
 * through the editor, so they arrive like typing: shared at once and on the
 * same undo stack, as their own step. Spaces are added where the words would
 * otherwise run into their neighbours.
 */
export function insertWordsAtCursor(session: RoomSession, paragraphId: string, words: string): boolean {
  const editor = session.editors.get(paragraphId);
  const text = words.replace(/\s+/g, ' ').trim();
  if (!editor || editor.isDestroyed || !editor.isEditable || text.length === 0) return false;
  const { state } = editor;
  const { from, to } = state.selection;
  const before = state.doc.textBetween(Math.max(0, from - 1), from, '\n', '');
  const after = state.doc.textBetween(to, Math.min(state.doc.content.size, to + 1), '\n', '');
  const insert = `${needsSpace(before, text) ? ' ' : ''}${text}${needsSpace(text, after) ? ' ' : ''}`;
  session.undoManager.stopCapturing();
  editor.view.dispatch(state.tr.insertText(insert, from, to).scrollIntoView());
  session.undoManager.stopCapturing();
  session.focusParagraph(paragraphId, 'keep');
  return true;
}
