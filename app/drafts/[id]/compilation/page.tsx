import { notFound } from 'next/navigation';
import { CompilationView } from '@/components/proposals/compilation-view';
import { getCurrentUser, requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';

/**
 * The secretariat's compilation of open proposals. The page joins the draft's
 * live room read-only, so it is always current without a second copy of the data.
 */
export default async function CompilationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const draft = await getDb().draft.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!draft) notFound();
  return <CompilationView draftId={draft.id} title={draft.title} />;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  if (!(await getCurrentUser())) return { title: 'Zero Draft' };
  const { id } = await params;
  const draft = await getDb().draft.findUnique({ where: { id }, select: { title: true } });
  return { title: draft ? `Compilation · ${draft.title} · Zero Draft` : 'Draft not found · Zero Draft' };
}
