'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

export function IssueRevisionForm({ draftId, suggestedName }: { draftId: string; suggestedName: string }) {
  const router = useRouter();
  const t = useTranslations('revisions');
  const describeRefusal = useDescribeRefusal();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/drafts/${draftId}/revisions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      const body = (await response.json()) as RefusalBody;
      if (!response.ok) {
        setError(body.error ? describeRefusal(body) : t('notIssued'));
        return;
      }
      router.refresh();
    } catch {
      setError(t('unreachable'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <div className="field" style={{ margin: 0 }}>
        <label htmlFor="revision-name">{t('revisionName')}</label>
        <input id="revision-name" name="name" defaultValue={suggestedName} required maxLength={60} />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('issuing') : t('issue')}
      </button>
      {error && (
        <p role="alert" className="error" style={{ width: '100%' }}>
          {error}
        </p>
      )}
    </form>
  );
}
