import { readConfig } from '@/server/config/read-config';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import type { Db } from '@/server/db/client';
import { createDraft } from '@/server/drafts/create-draft';
import { managingRoles } from '@/server/negotiations/roster-rules';
import { demoNegotiations } from './demo-room';

/**
 * Gives each demo negotiation a draft in progress, started by its facilitator from a corpus document, so a fresh
 * `npm start` opens on real work. Runs after the corpus is loaded; only for a demo negotiation with no drafts, and never
 * again once one of its drafts was deleted (the operator meant it).
 */
export async function seedDemoDrafts(db: Db): Promise<{ created: number }> {
  if (!readConfig().seedDemo) return { created: 0 };
  let created = 0;
  for (const { id, draft } of demoNegotiations) {
    const negotiation = await db.negotiation.findUnique({ where: { id }, select: { _count: { select: { drafts: true } } } });
    if (!negotiation || negotiation._count.drafts > 0) continue;
    if ((await db.auditEvent.count({ where: { negotiationId: id, action: 'draft.delete' } })) > 0) continue;
    const facilitator = await db.negotiationMember.findFirst({
      where: { negotiationId: id, role: { in: managingRoles } },
      orderBy: { createdAt: 'asc' },
      select: { userId: true },
    });
    const document = await findCorpusDocument(db, draft.from);
    if (!facilitator || !document) continue;
    await createDraft(db, { title: draft.title, createdById: facilitator.userId, negotiationId: id, from: { document } });
    created += 1;
  }
  return { created };
}
