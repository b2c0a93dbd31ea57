import { after } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { DraftRoom } from '@/components/draft/draft-room';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { readConfig } from '@/server/config/read-config';
import { getDb } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { recordDraftVisit } from '@/server/visits/record-draft-visit';

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, access } = await requireDraftPage(id);
  const { draft, role } = access;
  const writable = draft.archivedAt === null;
  // After the response: freezing the draft's state costs a decode and a word trace, which the room never waits for.
  after(() =>
    recordDraftVisit(
      getDb(),
      { userId: user.id, negotiationId: draft.negotiationId, draftId: draft.id },
      { sittingMs: readConfig().visitSittingMs },
    ).catch((error: unknown) => console.error(`[visits] ${error instanceof Error ? error.message : String(error)}`)),
  );
  return (
    <>
      <NegotiationBreadcrumb negotiation={access.negotiation} />
      <DraftRoom
        draftId={draft.id}
        initialTitle={draft.title}
        draftEpoch={draft.createdAt.toISOString()}
        user={{ id: user.id, name: user.name, role, delegation: access.delegation }}
        permissions={{
          edit: writable && can(role, 'draft:edit'),
          setStatus: writable && can(role, 'draft:set-status'),
          freeze: writable && can(role, 'draft:freeze'),
          editFrozen: writable && can(role, 'draft:edit-frozen'),
        }}
      />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const [access, t] = await Promise.all([checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null), getTranslations('room')]);
  return { title: access ? `${access.draft.title} · ${access.negotiation.title} · Zero Draft` : `${t('notFoundTitle')} · Zero Draft` };
}
