'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

export interface StartingPoint {
  id: string;
  label: string;
}

interface NewDraftFormProps {
  negotiationId: string;
  documents: StartingPoint[];
  drafts: StartingPoint[];
  initialFrom?: { source: 'corpus' | 'draft'; id: string };
}

type Source = 'blank' | 'corpus' | 'draft';

export function NewDraftForm({ negotiationId, documents, drafts, initialFrom }: NewDraftFormProps) {
  const router = useRouter();
  const t = useTranslations('newDraft');
  const describeRefusal = useDescribeRefusal();
  const [source, setSource] = useState<Source>(initialFrom?.source ?? 'blank');
  const [documentId, setDocumentId] = useState(initialFrom?.source === 'corpus' ? initialFrom.id : (documents[0]?.id ?? ''));
  const [draftId, setDraftId] = useState(initialFrom?.source === 'draft' ? initialFrom.id : (drafts[0]?.id ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    if (!title) {
      setError(t('titleMissing'));
      return;
    }
    const from = source === 'corpus' ? documentId : source === 'draft' ? draftId : undefined;
    if (source !== 'blank' && !from) {
      setError(t('sourceMissing'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/drafts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(from ? { title, from, negotiationId } : { title, negotiationId }),
      });
      const body = (await response.json().catch(() => null)) as ({ id?: string } & RefusalBody) | null;
      if (!response.ok || !body?.id) {
        setError(body?.error || body?.reason ? describeRefusal(body) : t('createFailed', { status: response.status }));
        setPending(false);
        return;
      }
      router.push(`/drafts/${body.id}`);
    } catch {
      setError(t('unreachable'));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? 'new-draft-error' : undefined}>
      <div className="field">
        <label htmlFor="draft-title">{t('titleLabel')}</label>
        <input id="draft-title" name="title" type="text" maxLength={300} required autoComplete="off" />
      </div>
      <fieldset className="draft-new-choice">
        <legend>{t('startFromLegend')}</legend>
        <label>
          <input type="radio" name="source" value="blank" checked={source === 'blank'} onChange={() => setSource('blank')} />
          {t('sourceBlank')}
        </label>
        <label>
          <input
            type="radio"
            name="source"
            value="corpus"
            checked={source === 'corpus'}
            disabled={documents.length === 0}
            onChange={() => setSource('corpus')}
          />
          {t('sourceCorpus')}
        </label>
        <label>
          <input
            type="radio"
            name="source"
            value="draft"
            checked={source === 'draft'}
            disabled={drafts.length === 0}
            onChange={() => setSource('draft')}
          />
          {t('sourceDraft')}
        </label>
      </fieldset>
      {source === 'corpus' && (
        <div className="field">
          <label htmlFor="draft-from-document">{t('corpusDocument')}</label>
          <select id="draft-from-document" value={documentId} onChange={(event) => setDocumentId(event.target.value)}>
            {documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {source === 'draft' && (
        <div className="field">
          <label htmlFor="draft-from-draft">{t('earlierDraft')}</label>
          <select id="draft-from-draft" value={draftId} onChange={(event) => setDraftId(event.target.value)}>
            {drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p role="alert" className="error" id="new-draft-error">
          {error}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('creating') : t('create')}
      </button>
    </form>
  );
}
