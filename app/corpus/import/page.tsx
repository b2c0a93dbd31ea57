import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/corpus/import-form';
import { canOnSite } from '@/lib/auth/permissions';
import { readSiteStanding } from '@/server/negotiations/check-access';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

export default async function ImportPage() {
  const user = await requireUser();
  const t = await getTranslations('corpus');
  return (
    <main>
      <p>
        <Link href="/corpus">{t('back')}</Link>
      </p>
      <div className="card">
        <h1>{t('importTitle')}</h1>
        {canOnSite(await readSiteStanding(getDb(), user), 'corpus:import') ? (
          <>
            <p className="muted">{t('importIntro')}</p>
            <ImportForm />
          </>
        ) : (
          <p>{t('importForbidden')}</p>
        )}
      </div>
    </main>
  );
}
