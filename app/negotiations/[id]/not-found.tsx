import Link from 'next/link';

export default function NegotiationNotFound() {
  return (
    <main>
      <section className="card">
        <h1>Negotiation not found</h1>
        <p>There is no negotiation at this address that you can see. The link may be mistyped, or you may not be on its roster.</p>
        <p>
          <Link href="/">Your negotiations</Link>
        </p>
      </section>
    </main>
  );
}
