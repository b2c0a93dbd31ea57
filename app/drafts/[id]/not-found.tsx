import Link from 'next/link';
import { ForgetDraftCopy } from '@/components/draft/forget-draft-copy';
import { getCurrentUser } from '@/server/auth/current-user';

export default async function DraftNotFound() {
  const user = await getCurrentUser();
  return (
    <main>
      {user && <ForgetDraftCopy userId={user.id} />}
      <section className="card">
        <h1>Draft not found</h1>
        <p>There is no draft at this address. It may have been mistyped, or the link may be from another installation.</p>
        <p>
          <Link href="/drafts">See all drafts</Link>
        </p>
      </section>
    </main>
  );
}
