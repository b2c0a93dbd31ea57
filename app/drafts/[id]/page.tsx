import { notFound } from 'next/navigation';
import { DraftRoom } from '@/components/draft/draft-room';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser, requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const draft = await getDb().draft.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!draft) notFound();
  return (
    <DraftRoom
      draftId={draft.id}
      initialTitle={draft.title}
      user={{ id: user.id, name: user.name, role: user.role, delegation: user.delegation }}
      permissions={{
        edit: can(user.role, 'draft:edit'),
        setStatus: can(user.role, 'draft:set-status'),
        freeze: can(user.role, 'draft:freeze'),
        editFrozen: user.role === 'facilitator',
      }}
    />
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  // Titles are not for signed-out visitors, even in the page head.
  if (!(await getCurrentUser())) return { title: 'Zero Draft' };
  const { id } = await params;
  const draft = await getDb().draft.findUnique({ where: { id }, select: { title: true } });
  return { title: draft ? `${draft.title} · Zero Draft` : 'Draft not found · Zero Draft' };
}
