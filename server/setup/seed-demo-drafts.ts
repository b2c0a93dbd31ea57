import { draftFurnitureSchema } from '@/lib/furniture/draft-furniture';
import { readConfig } from '@/server/config/read-config';
import { findCorpusDocument } from '@/server/corpus/find-corpus-document';
import type { Db } from '@/server/db/client';
import { createDraft } from '@/server/drafts/create-draft';
import { managingRoles } from '@/server/negotiations/roster-rules';
import { type DemoNegotiation, demoNegotiations } from './demo-room';

/** The demo draft's document details and sponsors, as the secretariat would have set them before the session. */
async function seedDemoFurniture(db: Db, draftId: string, draft: DemoNegotiation['draft']): Promise<void> {
  const sponsorCodes = [draft.mainSponsor, ...(draft.coSponsors ?? [])].filter((code): code is string => Boolean(code));
  const delegations = await db.delegation.findMany({ where: { code: { in: sponsorCodes } }, select: { id: true, code: true } });
  const idOf = new Map(delegations.map((delegation) => [delegation.code, delegation.id]));
  const mainSponsorId = draft.mainSponsor ? idOf.get(draft.mainSponsor) : undefined;
  await db.draft.update({
    where: { id: draftId },
    data: { furniture: JSON.stringify(draftFurnitureSchema.parse(draft.furniture ?? {})), ...(mainSponsorId ? { mainSponsorId } : {}) },
  });
  for (const code of draft.coSponsors ?? []) {
    const delegationId = idOf.get(code);
    if (delegationId) await db.draftCosponsor.create({ data: { draftId, delegationId } });
  }
}

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
    const { id: draftId } = await createDraft(db, {
      title: draft.title,
      createdById: facilitator.userId,
      negotiationId: id,
      from: { document },
    });
    await seedDemoFurniture(db, draftId, draft);
    created += 1;
  }
  return { created };
}
