'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useState } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

interface AcceptInvitationFormProps {
  token: string;
  email: string;
  minPasswordLength: number;
  singleSignOn: boolean;
}

/** Sets the invited person's password, then sends them to sign in; or hands them to single sign-on. */
export function AcceptInvitationForm({ token, email, minPasswordLength, singleSignOn }: AcceptInvitationFormProps) {
  const t = useTranslations('invitations');
  const describeRefusal = useDescribeRefusal();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setError(t('passwordsDiffer'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/invitations/accept', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password }),
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as RefusalBody;
        setError(answer.error ? describeRefusal(answer) : t('refused', { status: String(response.status) }));
        return;
      }
      window.location.assign('/signin?accepted=1');
    } catch {
      setError(t('unreachable'));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <form onSubmit={submit} method="post" noValidate>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <div className="field">
          <label htmlFor="new-password">{t('password')}</label>
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            aria-describedby="password-rule"
          />
          <span id="password-rule" className="muted">
            {t('passwordRule', { count: minPasswordLength })}
          </span>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">{t('passwordAgain')}</label>
          <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required />
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button className="button" type="submit" disabled={pending || !hydrated}>
          {pending ? t('setting') : t('setPassword')}
        </button>
      </form>
      {singleSignOn && (
        <p>
          <button className="button secondary" type="button" disabled={!hydrated} onClick={() => signIn('oidc', { callbackUrl: '/' })}>
            {t('singleSignOn')}
          </button>
        </p>
      )}
    </>
  );
}
