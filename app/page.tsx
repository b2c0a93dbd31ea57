import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';

export default async function HomePage() {
  const user = await requireUser();
  const drafts = await getDb().draft.findMany({ orderBy: { updatedAt: 'desc' }, select: { id: true, title: true, updatedAt: true } });
  return (
    <main>
      <section className="card" aria-labelledby="me">
        <h1 id="me">Welcome, {user.name}</h1>
        <p>
          <span className="badge" style={{ background: user.delegation.colour }} data-testid="delegation">
            {user.delegation.name}
          </span>{' '}
          <span className="muted">
            {user.delegation.code} · {user.role}
          </span>
        </p>
      </section>
      <section className="card" aria-labelledby="drafts">
        <h2 id="drafts">Drafts</h2>
        <p>
          <Link href="/drafts">All drafts</Link>
          {can(user.role, 'draft:create') && (
            <>
              {' · '}
              <Link href="/drafts/new">New draft</Link>
            </>
          )}
        </p>
        {drafts.length === 0 ? (
          <p className="muted">No drafts yet.</p>
        ) : (
          <ul>
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={`/drafts/${draft.id}`}>{draft.title}</Link>{' '}
                <span className="muted">updated {draft.updatedAt.toISOString().slice(0, 16).replace('T', ' ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="corpus">
        <h2 id="corpus">Corpus</h2>
        <p>
          <Link href="/corpus">Browse the corpus</Link> of earlier resolutions, decisions and recommendations.
        </p>
      </section>
    </main>
  );
}
