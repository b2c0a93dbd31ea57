import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ForgetDraftCopy } from '@/components/draft/forget-draft-copy';
import { getCurrentUser } from '@/server/auth/current-user';

export default async function DraftNotFound() {
  const user = await getCurrentUser();
  const t = await getTranslations('room');
  return (
    <main>
      {user && <ForgetDraftCopy userId={user.id} />}
      <section className="card">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <p>
          <Link href="/drafts">{t('seeAllDrafts')}</Link>
        </p>
      </section>
    </main>
  );
}
