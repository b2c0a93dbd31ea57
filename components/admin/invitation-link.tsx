'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';

/** The invitation link, shown once to whoever invited: they send it (it is never shown again, only its digest is kept). */
export function InvitationLink({ link, emailed }: { link: string; emailed: boolean }) {
  const t = useTranslations('admin');
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard permission the link stays selected for Ctrl+C.
      setCopied(false);
    }
  }

  return (
    <div className="invitation-link">
      <label htmlFor={fieldId}>{t('invitationLink', { emailed: emailed ? 'yes' : 'no' })}</label>
      <div className="invitation-link-row">
        <input id={fieldId} ref={field} readOnly value={link} data-testid="invitation-link" onFocus={(event) => event.target.select()} />
        <button type="button" className="button secondary" onClick={copy}>
          {copied ? t('copied') : t('copyLink')}
        </button>
      </div>
    </div>
  );
}
