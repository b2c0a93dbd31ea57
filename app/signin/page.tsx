import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { SsoSignInButton } from '@/components/sso-sign-in-button';
import { describeSignInError } from '@/lib/auth/sign-in-errors';
import { getCurrentUser } from '@/server/auth/current-user';
import { readConfig } from '@/server/config/read-config';
import { getDb } from '@/server/db/client';
import { demoPassword, demoUsers } from '@/server/setup/demo-room';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string | string[] }> }) {
  if (await getCurrentUser()) redirect('/');
  const { callbackUrl, error } = await searchParams;
  const errorCode = Array.isArray(error) ? error[0] : error;
  const sso = readConfig().oidc;
  // Only demo accounts that still exist are listed: an operator who removed them removes the hint too.
  const present = new Set(
    (await getDb().user.findMany({ where: { email: { in: demoUsers.map((user) => user.email) } }, select: { email: true } })).map(
      (user) => user.email,
    ),
  );
  const listed = demoUsers.filter((user) => present.has(user.email));
  // Only a path on this site: no scheme, no host, no backslash or control characters browsers would read as one.
  const safeCallback = callbackUrl && /^\/(?![/\\])[^\\\s\x00-\x1f]*$/.test(callbackUrl) ? callbackUrl : '/';
  return (
    <main className="signin">
      <div className="card">
        <h1>Sign in to Zero Draft</h1>
        {errorCode && (
          <p role="alert" className="error" data-testid="signin-error">
            {describeSignInError(errorCode)}
          </p>
        )}
        {sso && (
          <div className="sso">
            <SsoSignInButton name={sso.name} callbackUrl={safeCallback} />
            <p className="muted">or with your e-mail and password:</p>
          </div>
        )}
        <SignInForm callbackUrl={safeCallback} />
      </div>
      {listed.length > 0 && (
        <details className="card demo-accounts">
          <summary>Demo accounts (password: {demoPassword})</summary>
          <ul>
            {listed.map((user) => (
              <li key={user.email}>
                <code>{user.email}</code> — {user.role}
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
