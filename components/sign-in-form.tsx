'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { readSignInError } from '@/lib/auth/sign-in-errors';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('signIn');
  const tError = useTranslations('signInErrors');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively; keep the button off until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        redirect: false,
      });
      if (!result || result.error) {
        const { key, seconds } = readSignInError(result?.error ?? 'CredentialsSignin');
        setError(key === 'TooManyAttempts' ? tError(key, { seconds: seconds ?? 0 }) : tError(key));
        return;
      }
      const target = new URL(callbackUrl, window.location.origin);
      window.location.assign(target.origin === window.location.origin ? target.pathname + target.search + target.hash : '/');
    } catch {
      setError(t('unreachable'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} method="post" noValidate>
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button className="button" type="submit" disabled={pending || !hydrated}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
