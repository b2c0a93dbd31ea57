import { getTranslations } from 'next-intl/server';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { NegotiationProgressView } from '@/components/progress/negotiation-progress-view';
import { getCurrentUser, requireNegotiationPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkNegotiationAccess } from '@/server/negotiations/check-access';
import { readNegotiationProgress } from '@/server/progress/read-negotiation-progress';

/** A negotiation's progress: its drafts summed and side by side, for whoever may read the negotiation. */
export default async function NegotiationProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireNegotiationPage(id);
  const progress = await readNegotiationProgress(getDb(), access.negotiation.id);
  return (
    <>
      <NegotiationBreadcrumb negotiation={access.negotiation} />
      <NegotiationProgressView title={access.negotiation.title} progress={progress} />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const [access, t] = await Promise.all([
    checkNegotiationAccess(getDb(), user, id, 'negotiation:read').catch(() => null),
    getTranslations('negotiation'),
  ]);
  return {
    title: access ? `${t('progressTitle', { title: access.negotiation.title })} · Zero Draft` : `${t('notFoundTitle')} · Zero Draft`,
  };
}
