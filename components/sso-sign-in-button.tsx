'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

export function SsoSignInButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const t = useTranslations('signIn');
  const [pending, setPending] = useState(false);
  // Until React has hydrated a click would do nothing; keep the button off until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  return (
    <button
      className="button secondary"
      type="button"
      disabled={pending || !hydrated}
      onClick={() => {
        setPending(true);
        void signIn('oidc', { callbackUrl });
      }}
    >
      {pending ? t('ssoPending', { name }) : t('ssoButton', { name })}
    </button>
  );
}
