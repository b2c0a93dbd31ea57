import type { Db } from '@/server/db/client';

export const preparedKinds = ['amend', 'add', 'delete', 'alternative'] as const;
export type PreparedKind = (typeof preparedKinds)[number];

export interface PreparedProposalRow {
  id: string;
  draftId: string;
  paragraphId: string;
  kind: string;
  delegation: string;
  authorId: string;
  text: string;
  explanation: string | null;
  tabledAt: Date | null;
  tabledById: string | null;
  proposalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the delegation sees of its own unpublished work; nobody else is ever sent one. */
export interface PreparedProposalView {
  id: string;
  draftId: string;
  /** The paragraph it is about; for 'add', the paragraph the new one would follow. */
  paragraphId: string;
  kind: PreparedKind;
  delegation: string;
  text: string;
  explanation: string | null;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  /** Null while private. */
  tabled: { at: string; by: { id: string; name: string }; proposalId: string } | null;
}

/** Rows as their delegation reads them, with the names of who drafted and who tabled each. */
export async function readPreparedProposalViews(db: Db, rows: readonly PreparedProposalRow[]): Promise<PreparedProposalView[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.authorId, ...(row.tabledById ? [row.tabledById] : [])]))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? 'a former participant' });
  return rows.map((row) => ({
    id: row.id,
    draftId: row.draftId,
    paragraphId: row.paragraphId,
    kind: (preparedKinds as readonly string[]).includes(row.kind) ? (row.kind as PreparedKind) : 'amend',
    delegation: row.delegation,
    text: row.text,
    explanation: row.explanation,
    author: person(row.authorId),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    tabled:
      row.tabledAt && row.tabledById && row.proposalId
        ? { at: row.tabledAt.toISOString(), by: person(row.tabledById), proposalId: row.proposalId }
        : null,
  }));
}
