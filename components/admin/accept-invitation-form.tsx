'use client';

import { signIn } from 'next-auth/react';
import { type FormEvent, useEffect, useState } from 'react';

interface AcceptInvitationFormProps {
  token: string;
  email: string;
  minPasswordLength: number;
  singleSignOn: boolean;
}

/** Sets the invited person's password, then sends them to sign in; or hands them to single sign-on. */
export function AcceptInvitationForm({ token, email, minPasswordLength, singleSignOn }: AcceptInvitationFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setError('The two passwords differ. Type the same password twice.');
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
        const answer = (await response.json().catch(() => ({}))) as { error?: string };
        setError(answer.error ?? `The server refused (${response.status}). Nothing was changed.`);
        return;
      }
      window.location.assign('/signin?accepted=1');
    } catch {
      setError('The server could not be reached. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <form onSubmit={submit} method="post" noValidate>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <div className="field">
          <label htmlFor="new-password">Password</label>
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
            At least {minPasswordLength} characters; a phrase of several words is easy to remember.
          </span>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">Password again</label>
          <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required />
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button className="button" type="submit" disabled={pending || !hydrated}>
          {pending ? 'Setting your password…' : 'Set password'}
        </button>
      </form>
      {singleSignOn && (
        <p>
          <button className="button secondary" type="button" disabled={!hydrated} onClick={() => signIn('oidc', { callbackUrl: '/' })}>
            Continue with single sign-on
          </button>
        </p>
      )}
    </>
  );
}
