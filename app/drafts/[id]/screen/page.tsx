import { getTranslations } from 'next-intl/server';
import { ScreenView } from '@/components/screen/screen-view';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';

/** The read-only screen for the projector in the room: the live text, following the facilitator. */
export default async function ScreenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireDraftPage(id);
  return <ScreenView draftId={access.draft.id} title={access.draft.title} />;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const [access, t] = await Promise.all([checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null), getTranslations('screen')]);
  return { title: access ? `${t('pageTitle', { title: access.draft.title })} · Zero Draft` : `${t('draftNotFound')} · Zero Draft` };
}
