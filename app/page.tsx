import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';
import { getDb } from '@/server/db/client';
import { listVisibleNegotiations } from '@/server/negotiations/list-visible-negotiations';

export default async function HomePage() {
  const user = await requireUser();
  const db = getDb();
  const negotiations = await listVisibleNegotiations(db, user);
  const drafts = await db.draft.findMany({
    where: { negotiationId: { in: negotiations.map((negotiation) => negotiation.id) }, archivedAt: null },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, updatedAt: true },
  });
  const canCreate = negotiations.some((negotiation) => can(negotiation.role, 'draft:create'));
  return (
    <main>
      <section className="card" aria-labelledby="me">
        <h1 id="me">Welcome, {user.name}</h1>
        <p>
          <span className="badge" style={{ background: user.delegation.colour }} data-testid="delegation">
            {user.delegation.name}
          </span>{' '}
          <span className="muted">{user.delegation.code}</span>
        </p>
      </section>
      <section className="card" aria-labelledby="drafts">
        <h2 id="drafts">Drafts</h2>
        <p>
          <Link href="/drafts">All drafts</Link>
          {canCreate && (
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
