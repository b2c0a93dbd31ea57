'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

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
  const [source, setSource] = useState<Source>(initialFrom?.source ?? 'blank');
  const [documentId, setDocumentId] = useState(initialFrom?.source === 'corpus' ? initialFrom.id : (documents[0]?.id ?? ''));
  const [draftId, setDraftId] = useState(initialFrom?.source === 'draft' ? initialFrom.id : (drafts[0]?.id ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    if (!title) {
      setError('Give the draft a title.');
      return;
    }
    const from = source === 'corpus' ? documentId : source === 'draft' ? draftId : undefined;
    if (source !== 'blank' && !from) {
      setError('Choose what to start from, or start blank.');
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
      const body = (await response.json().catch(() => null)) as { id?: string; error?: string } | null;
      if (!response.ok || !body?.id) {
        setError(body?.error ?? `The draft could not be created (error ${response.status}).`);
        setPending(false);
        return;
      }
      router.push(`/drafts/${body.id}`);
    } catch {
      setError('The server could not be reached. Check your connection and try again.');
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={error ? 'new-draft-error' : undefined}>
      <div className="field">
        <label htmlFor="draft-title">Title</label>
        <input id="draft-title" name="title" type="text" maxLength={300} required autoComplete="off" />
      </div>
      <fieldset className="draft-new-choice">
        <legend>Start from</legend>
        <label>
          <input type="radio" name="source" value="blank" checked={source === 'blank'} onChange={() => setSource('blank')} />A blank draft
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
          A document from the corpus
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
          An earlier draft
        </label>
      </fieldset>
      {source === 'corpus' && (
        <div className="field">
          <label htmlFor="draft-from-document">Corpus document</label>
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
          <label htmlFor="draft-from-draft">Earlier draft</label>
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
        {pending ? 'Creating…' : 'Create draft'}
      </button>
    </form>
  );
}
