import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatCitation } from '@/lib/corpus/format-citation';
import { requireUser } from '@/server/auth/current-user';
import { listCorpusDocuments } from '@/server/corpus/list-corpus-documents';
import { listTopics } from '@/server/corpus/list-topics';
import { getDb } from '@/server/db/client';
import '@/components/corpus/corpus.css';

function slugify(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export default async function TopicsPage() {
  await requireUser();
  const t = await getTranslations('corpus');
  const db = getDb();
  const [topics, documents] = await Promise.all([listTopics(db), listCorpusDocuments(db)]);
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const total = topics.reduce((sum, topic) => sum + topic.refs.length, 0);
  return (
    <main>
      <p>
        <Link href="/corpus">{t('back')}</Link>
      </p>
      <div className="card">
        <h1>{t('topicsTitle')}</h1>
        <ul className="count-chips">
          <li>{t.rich('topicCount', { count: topics.length, strong: (chunks) => <strong>{chunks}</strong> })}</li>
          <li>{t.rich('referenceCount', { count: total, strong: (chunks) => <strong>{chunks}</strong> })}</li>
        </ul>
        <nav aria-label={t('topics')}>
          <ul style={{ columns: '2 20rem' }}>
            {topics.map((topic) => (
              <li key={topic.topic}>
                <a href={`#${slugify(topic.topic)}`}>{topic.topic}</a> <span className="muted">({topic.refs.length})</span>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {topics.map((topic) => (
        <section key={topic.topic} className="card" id={slugify(topic.topic)} aria-labelledby={`${slugify(topic.topic)}-h`}>
          <h2 id={`${slugify(topic.topic)}-h`}>{topic.topic}</h2>
          <ul>
            {topic.refs.map((ref) => {
              const doc = byId.get(ref.documentId);
              return (
                <li key={`${ref.documentId}#${ref.ref}`}>
                  <Link href={`/corpus/${ref.documentId}#${ref.ref}`}>
                    {doc ? formatCitation(doc, ref.ref) : `${ref.documentId} ${ref.ref}`}
                  </Link>
                </li>
              );
            })}
          </ul>
          {topic.unresolved.length > 0 && <p className="muted">{t('notFoundInCorpus', { refs: topic.unresolved.join(', ') })}</p>}
        </section>
      ))}
    </main>
  );
}
