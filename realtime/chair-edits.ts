import * as Y from 'yjs';
import { addClockRange, chairCode, type ChairEditDetail, type ClockRange } from '@/lib/attribution/chair-edit';
import { draftDocKeys, getParagraphContent } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { proposalKeys, proposalsKey, readDraftMode, readParagraphNumber } from '@/lib/proposals';
import type { AuditActor, AuditEntry } from './audit-events';

interface PendingEdit {
  paragraphId: string;
  actor: AuditActor;
  before: string;
  after: string;
  items: ClockRange[];
}

export interface ChairEditTracker {
  /** Reads one applied transaction: keeps every paragraph's last text, and notes a facilitator's direct edits. */
  observe(transaction: Y.Transaction, actor: AuditActor | null): void;
  /** Whether edits wait to be recorded. */
  readonly pending: boolean;
  /** The waiting edits as audit entries (one per paragraph), forgotten here. */
  take(): AuditEntry[];
}

function isChair(actor: AuditActor): boolean {
  return actor.role === 'facilitator' || actor.delegationCode === chairCode;
}

/** The id of the draft paragraph a changed type belongs to, or null when it is not inside one. */
function findParagraphId(type: Y.AbstractType<unknown>, paragraphs: Y.Map<unknown>): string | null {
  let current: Y.AbstractType<unknown> = type;
  for (;;) {
    const item = current._item;
    if (!item) return null;
    if ((item.parent as unknown) === paragraphs) return item.parentSub;
    current = item.parent as Y.AbstractType<unknown>;
  }
}

function readText(paragraphs: Y.Map<unknown>, id: string): string | null {
  const paragraph = paragraphs.get(id);
  if (!(paragraph instanceof Y.Map)) return null;
  try {
    return readFragmentText(getParagraphContent(paragraph));
  } catch {
    return null;
  }
}

/**
 * In negotiation only the facilitator edits the text directly, and that hand
 * must be on the record: the server keeps each paragraph's last text, and when
 * a facilitator's transaction changes a paragraph other than by accepting a
 * proposal (recorded as proposal.accept), it notes the text before, the text
 * after and the Yjs ids typed. A burst of typing on one paragraph is one
 * pending edit until taken, so the history gets one row per burst, not per key.
 */
export function createChairEditTracker(doc: Y.Doc): ChairEditTracker {
  const paragraphs = doc.getMap<unknown>(draftDocKeys.paragraphs);
  const proposals = doc.getMap<unknown>(proposalsKey);
  const texts = new Map<string, string>();
  for (const id of paragraphs.keys()) {
    const text = readText(paragraphs, id);
    if (text !== null) texts.set(id, text);
  }
  let edits = new Map<string, PendingEdit>();

  const acceptedParagraphs = (transaction: Y.Transaction): Set<string> => {
    const ids = new Set<string>();
    for (const [type, keys] of transaction.changed) {
      const item = type._item;
      if (!item || (item.parent as unknown) !== proposals || !keys.has(proposalKeys.status)) continue;
      const proposal = type as unknown as Y.Map<unknown>;
      const paragraphId = proposal.get(proposalKeys.paragraphId);
      if (proposal.get(proposalKeys.status) === 'accepted' && typeof paragraphId === 'string') ids.add(paragraphId);
    }
    return ids;
  };

  const insertedRanges = (transaction: Y.Transaction): ClockRange[] => {
    const ranges: ClockRange[] = [];
    transaction.afterState.forEach((after, client) => {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after > before) ranges.push([client, before, after]);
    });
    return ranges;
  };

  return {
    observe(transaction, actor) {
      const touched = new Set<string>();
      for (const [type, keys] of transaction.changed) {
        if ((type as unknown) === paragraphs) {
          for (const key of keys) if (key !== null) touched.add(key);
          continue;
        }
        const id = findParagraphId(type as Y.AbstractType<unknown>, paragraphs);
        if (id !== null) touched.add(id);
      }
      if (touched.size === 0) return;
      const chair = actor && isChair(actor) && readDraftMode(doc) === 'negotiation' ? actor : null;
      const accepted = chair ? acceptedParagraphs(transaction) : new Set<string>();
      for (const id of touched) {
        const before = texts.get(id) ?? '';
        const after = readText(paragraphs, id);
        if (after === null) texts.delete(id);
        else texts.set(id, after);
        if (!chair || after === null || after === before || accepted.has(id)) continue;
        const key = `${id}\u0000${chair.userId}`;
        const pending = edits.get(key);
        const items = insertedRanges(transaction).reduce(addClockRange, pending?.items ?? []);
        edits.set(key, { paragraphId: id, actor: chair, before: pending?.before ?? before, after, items });
      }
    },
    get pending() {
      return edits.size > 0;
    },
    take() {
      const taken = edits;
      edits = new Map();
      const entries: AuditEntry[] = [];
      for (const { paragraphId, ...edit } of taken.values()) {
        // Typed and then undone within the burst: nothing changed, nothing to record.
        if (edit.before === edit.after) continue;
        const detail: ChairEditDetail = {
          paragraphId,
          paragraph: readParagraphNumber(doc, paragraphId) ?? '',
          before: edit.before,
          after: edit.after,
          items: edit.items,
        };
        entries.push({
          actorId: edit.actor.userId,
          delegationCode: chairCode,
          action: 'paragraph.chair-edit',
          target: paragraphId,
          detail: JSON.stringify(detail),
        });
      }
      return entries;
    },
  };
}
