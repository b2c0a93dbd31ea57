import { redirect } from 'next/navigation';
import { requireSitePage } from '@/server/auth/current-user';

export default async function AdminPage() {
  await requireSitePage('site:administer');
  redirect('/admin/negotiations');
}
