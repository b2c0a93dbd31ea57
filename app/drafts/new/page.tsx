import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportDraftForm } from '@/components/draft/import-draft-form';
import { NewDraftForm } from '@/components/draft/new-draft-form';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { getDb } from '@/server/db/client';
import { listNegotiationDrafts } from '@/server/negotiations/list-negotiation-drafts';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';
import '@/components/draft/draft.css';

export async function generateMetadata() {
  const t = await getTranslations('newDraft');
  return { title: `${t('title')} · Zero Draft` };
}

function labelDocument(document: { number?: string; title: string; year: number }): string {
  return document.number ? `${document.number} — ${document.title} (${document.year})` : `${document.title} (${document.year})`;
}

export default async function NewDraftPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; draft?: string; negotiation?: string }>;
}) {
  const user = await requireUser();
  const t = await getTranslations('newDraft');
  const db = getDb();
  const params = await searchParams;
  const negotiations = (await listVisibleNegotiations(db, user)).filter((negotiation) => can(negotiation.role, 'draft:create'));
  const negotiation =
    negotiations.find((candidate) => candidate.id === params.negotiation) ??
    negotiations.find((candidate) => candidate.isDefault) ??
    negotiations[0];
  if (!negotiation) {
    return (
      <main>
        <section className="card">
          <h1>{t('title')}</h1>
          <p>{t('cannotCreate')}</p>
          <p>
            <Link href="/drafts">{t('backToDrafts')}</Link>
          </p>
        </section>
      </main>
    );
  }
  const [documents, drafts] = await Promise.all([listCorpusDocuments(db), listNegotiationDrafts(db, [negotiation.id])]);
  const documentChoices = documents.map((document) => ({ id: document.id, label: labelDocument(document) }));
  const draftChoices = drafts.map((draft) => ({
    id: draft.id,
    label: t('draftChoice', { title: draft.title, updated: draft.updatedAt.toISOString().slice(0, 10) }),
  }));
  const initialFrom = params.draft
    ? { source: 'draft' as const, id: params.draft }
    : params.from
      ? { source: 'corpus' as const, id: documents.find((d) => d.id === params.from || d.number === params.from)?.id ?? params.from }
      : undefined;
  return (
    <main>
      <section className="card" aria-labelledby="new-draft-heading">
        <h1 id="new-draft-heading">{t('title')}</h1>
        <p>
          {t.rich('inNegotiation', {
            negotiation: () => (
              <Link href={`/negotiations/${negotiation.id}`}>
                <strong data-testid="negotiation-title">{negotiation.title}</strong>
              </Link>
            ),
          })}
        </p>
        <p className="muted">{t('startFrom')}</p>
        <NewDraftForm
          negotiationId={negotiation.id}
          documents={documentChoices}
          drafts={draftChoices}
          {...(initialFrom ? { initialFrom } : {})}
        />
      </section>
      <section className="card">
        <ImportDraftForm negotiationId={negotiation.id} />
      </section>
    </main>
  );
}
