import Link from 'next/link';
import './admin.css';

export function AdminNav() {
  return (
    <nav className="admin-nav" aria-label="Administration">
      <Link href="/admin/negotiations">Negotiations</Link>
      <Link href="/admin/delegations">Delegations</Link>
      <Link href="/admin/people">People</Link>
    </nav>
  );
}
