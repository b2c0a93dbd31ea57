import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AcceptInvitationForm } from '@/components/admin/accept-invitation-form';
import { describeAppError } from '@/i18n/describe-app-error';
import { minPasswordLength } from '@/lib/auth/password-policy';
import { isSingleSignOnEnabled } from '@/server/config/is-single-sign-on-enabled';
import { getDb } from '@/server/db/client';
import { isAppError } from '@/server/errors/app-error';
import { checkInvitation, type ValidInvitation } from '@/server/invitations/check-invitation';

export async function generateMetadata() {
  const t = await getTranslations('invitations');
  return { title: t('metaTitle'), referrer: 'no-referrer' as const };
}

/** Open to anyone holding the link: the secret in it is what this page checks. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, roles, format] = await Promise.all([getTranslations('invitations'), getTranslations('roles'), getFormatter()]);
  let invitation: ValidInvitation;
  try {
    invitation = await checkInvitation(getDb(), token);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const problem = await describeAppError(error);
    return (
      <main className="signin">
        <div className="card">
          <h1>{t('unusable')}</h1>
          <p role="alert" className="error">
            {problem}
          </p>
          <p>
            <Link href="/signin">{t('goToSignIn')}</Link>
          </p>
        </div>
      </main>
    );
  }
  return (
    <main className="signin">
      <div className="card">
        <h1>{t('welcome', { name: invitation.name })}</h1>
        <p data-testid="invitation-summary">
          {t('summary', { invitedBy: invitation.invitedByName, email: invitation.email, delegation: invitation.delegation.name })}
          {invitation.negotiation ? (
            <>
              {t.rich('toNegotiation', {
                title: invitation.negotiation.title,
                negotiation: (chunks) => <strong data-testid="invitation-negotiation">{chunks}</strong>,
              })}
              {invitation.role ? t('asRole', { role: roles(invitation.role) }) : ''}
            </>
          ) : null}
          .
        </p>
        <p className="muted">{t('expires', { date: format.dateTime(invitation.expiresAt, 'day') })}</p>
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
