import { getTranslations } from 'next-intl/server';
import { NegotiationBreadcrumb } from '@/components/negotiations/negotiation-breadcrumb';
import { CompilationView } from '@/components/proposals/compilation-view';
import { getCurrentUser, requireDraftPage } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { checkDraftAccess } from '@/server/negotiations/check-access';

/**
 * The secretariat's compilation of open proposals. The page joins the draft's
 * live room read-only, so it is always current without a second copy of the data.
 */
export default async function CompilationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { access } = await requireDraftPage(id);
  return (
    <>
      <NegotiationBreadcrumb
        negotiation={access.negotiation}
        trail={[{ href: `/drafts/${encodeURIComponent(id)}`, label: access.draft.title }]}
      />
      <CompilationView draftId={access.draft.id} title={access.draft.title} />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  const user = await getCurrentUser();
  if (!user) return { title: 'Zero Draft' };
  const { id } = await params;
  const access = await checkDraftAccess(getDb(), user, id, 'draft:read').catch(() => null);
  if (!access) return { title: 'Draft not found · Zero Draft' };
  const t = await getTranslations('compilation');
  return { title: t('pageTitle', { title: access.draft.title }) };
}
