import Link from 'next/link';

export default function DraftNotFound() {
  return (
    <main>
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
