import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/sign-in-form';
import { SsoSignInButton } from '@/components/sso-sign-in-button';
import { readSignInError } from '@/lib/auth/sign-in-errors';
import { getCurrentUser } from '@/server/auth/current-user';
import { readConfig } from '@/server/config/read-config';
import { getDb } from '@/server/db/client';
import { demoPassword } from '@/server/setup/demo-room';
import { listDemoSignIns } from '@/server/setup/list-demo-sign-ins';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string | string[] }> }) {
  if (await getCurrentUser()) redirect('/');
  const { callbackUrl, error } = await searchParams;
  const errorCode = Array.isArray(error) ? error[0] : error;
  const [t, tError] = await Promise.all([getTranslations('signIn'), getTranslations('signInErrors')]);
  const signInError = errorCode ? readSignInError(errorCode) : null;
  const sso = readConfig().oidc;
  const listed = await listDemoSignIns(getDb());
  // Only a path on this site: no scheme, no host, no backslash or control characters browsers would read as one.
  const safeCallback = callbackUrl && /^\/(?![/\\])[^\\\s\x00-\x1f]*$/.test(callbackUrl) ? callbackUrl : '/';
  return (
    <main className="signin">
      <div className="card">
        <h1>{t('title')}</h1>
        {signInError && (
          <p role="alert" className="error" data-testid="signin-error">
            {signInError.key === 'TooManyAttempts'
              ? tError(signInError.key, { seconds: signInError.seconds ?? 0 })
              : tError(signInError.key)}
          </p>
        )}
        {sso && (
          <div className="sso">
            <SsoSignInButton name={sso.name} callbackUrl={safeCallback} />
            <p className="muted">{t('orWithPassword')}</p>
          </div>
        )}
        <SignInForm callbackUrl={safeCallback} />
      </div>
      {listed.length > 0 && (
        <details className="card demo-accounts">
          <summary>{t('demoAccounts', { password: demoPassword })}</summary>
          <ul>
            {listed.map((user) => (
              <li key={user.email}>
                <code>{user.email}</code> — {user.label}
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
