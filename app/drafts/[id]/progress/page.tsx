import { getTranslations } from 'next-intl/server';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { DraftProgressView } from '@/components/progress/draft-progress-view';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';
import { readDraftProgress } from '@/server/progress/read-draft-progress';

/** A draft's progress at a glance, for whoever may read the draft; computed on each request from plain rows. */
export default async function DraftProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireDraftPage(id);
  const progress = await readDraftProgress(getDb(), access.draft.id);
  return (
    <>
      <NegotiationBreadcrumb
        negotiation={access.negotiation}
        trail={[{ href: `/drafts/${encodeURIComponent(id)}`, label: access.draft.title }]}
      />
      <DraftProgressView draftId={access.draft.id} title={access.draft.title} progress={progress} />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const [access, t] = await Promise.all([checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null), getTranslations('progress')]);
  return { title: access ? `${t('pageTitle', { title: access.draft.title })} · Zero Draft` : `${t('draftNotFound')} · Zero Draft` };
}
