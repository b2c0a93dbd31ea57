import { readDraftDoc } from '@/server/drafts/read-draft-doc';
import * as Y from 'yjs';
import { readProposalRecords } from '@/lib/proposals';
import type { Db } from '@/server/db/client';
import { loadDraftSnapshot } from '@/server/drafts/load-draft-snapshot';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';

export interface ProposalListing {
  id: string;
  /** "PP3", "4", "4(a)"; "after 4" or "top" for a paragraph not yet added; null when the paragraph is gone. */
  paragraph: string | null;
  paragraphId: string;
  kind: string;
  delegation: string;
  author: string;
  createdAt: string;
  status: string;
  supporters: string[];
  objectors: string[];
  text: string;
  /** The paragraph text the latest version was written against. */
  baseText: string;
  /** Every wording, oldest first (rows saved before versions were kept read as one). */
  versions: Array<{ text: string; baseText: string; at: string; author: string }>;
}

function parseVersions(row: {
  versions: string;
  text: string;
  baseText: string;
  createdAt: Date;
  authorName: string;
}): ProposalListing['versions'] {
  try {
    const value: unknown = JSON.parse(row.versions);
    if (Array.isArray(value) && value.length > 0) {
      return value
        .filter((entry): entry is Record<string, string> => typeof entry === 'object' && entry !== null)
        .map((entry) => ({
          text: String(entry.text ?? ''),
          baseText: String(entry.baseText ?? ''),
          at: String(entry.at ?? ''),
          author: String(entry.authorName ?? ''),
        }));
    }
  } catch {
    // An unreadable list reads as the one version the row itself holds.
  }
  return [{ text: row.text, baseText: row.baseText, at: row.createdAt.toISOString(), author: row.authorName }];
}

function parseCodes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

/** Where each proposed new paragraph would go; kept only in the Yjs record, so read from the stored state. */
async function readAddAnchors(db: Db, draftId: string): Promise<Map<string, string | null>> {
  const doc = (await readDraftDoc(db, draftId)) ?? new Y.Doc();
  try {
    return new Map(
      readProposalRecords(doc)
        .filter((r) => r.kind === 'add')
        .map((r) => [r.id, r.afterParagraphId]),
    );
  } finally {
    doc.destroy();
  }
}

/**
 * A draft's proposals from the rows the realtime server saves, in creation
 * order, with paragraph numbers derived from the saved paragraph rows.
 * An unknown draft is an AppError "not-found".
 */
export async function listProposals(db: Db, draftId: string): Promise<ProposalListing[]> {
  const snapshot = await loadDraftSnapshot(db, draftId);
  const numbers = deriveParagraphRefs(snapshot.paragraphs);
  const numberOf = new Map(snapshot.paragraphs.map((paragraph, index) => [paragraph.id, numbers[index]!]));
  const rows = await db.proposal.findMany({ where: { draftId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const afterOf = rows.some((row) => row.kind === 'add' && !numberOf.has(row.paragraphId))
    ? await readAddAnchors(db, draftId)
    : new Map<string, string | null>();
  return rows.map((row) => {
    let paragraph = numberOf.get(row.paragraphId) ?? null;
    if (paragraph === null && row.kind === 'add' && afterOf.has(row.id)) {
      const after = afterOf.get(row.id) ?? null;
      paragraph = after === null ? 'top' : numberOf.has(after) ? `after ${numberOf.get(after)}` : null;
    }
    return {
      id: row.id,
      paragraph,
      paragraphId: row.paragraphId,
      kind: row.kind,
      delegation: row.delegation,
      author: row.authorName,
      createdAt: row.createdAt.toISOString(),
      status: row.status,
      supporters: parseCodes(row.supporters),
      objectors: parseCodes(row.objectors),
      text: row.text,
      baseText: row.baseText,
      versions: parseVersions(row),
    };
  });
}
