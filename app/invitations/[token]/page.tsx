import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/admin/accept-invitation-form';
import { roleLabels } from '@/components/admin/role-options';
import { minPasswordLength } from '@/lib/auth/password-policy';
import { isSingleSignOnEnabled } from '@/server/config/is-single-sign-on-enabled';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkInvitation, type ValidInvitation } from '@/server/invitations/check-invitation';

export const metadata = { title: 'Your invitation · Zero Draft', referrer: 'no-referrer' };

/** Open to anyone holding the link: the secret in it is what this page checks. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invitation: ValidInvitation;
  try {
    invitation = await checkInvitation(getDb(), token);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (
      <main className="signin">
        <div className="card">
          <h1>This invitation cannot be used</h1>
          <p role="alert" className="error">
            {error.message}
          </p>
          <p>
            <Link href="/signin">Go to sign in</Link>
          </p>
        </div>
      </main>
    );
  }
  return (
    <main className="signin">
      <div className="card">
        <h1>Welcome to Zero Draft, {invitation.name}</h1>
        <p data-testid="invitation-summary">
          {invitation.invitedByName} invited you ({invitation.email}) for {invitation.delegation.name}
          {invitation.negotiation ? (
            <>
              {' '}
              to <strong data-testid="invitation-negotiation">{invitation.negotiation.title}</strong>
              {invitation.role ? ` as ${roleLabels[invitation.role].toLowerCase()}` : ''}
            </>
          ) : null}
          .
        </p>
        <p className="muted">This link works once, until {invitation.expiresAt.toISOString().slice(0, 10)}.</p>
        <AcceptInvitationForm
          token={token}
          email={invitation.email}
          minPasswordLength={minPasswordLength}
          singleSignOn={isSingleSignOnEnabled()}
        />
      </div>
    </main>
  );
}
