'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { draftImportExtensions } from '@/lib/corpus/import-formats';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { ImportPreview, type NotImported } from '@/components/imports/import-preview';
import { savePreviewedImport } from '@/components/imports/save-previewed-import';
import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';
import type { RefusalBody } from '@/lib/i18n/describe-refusal';

type State =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'preview'; fileName: string; document: CorpusDocument; notImported: NotImported; warnings: string[]; saving: boolean }
  | { phase: 'done'; id: string; paragraphs: number; notImported: NotImported; warnings: string[] }
  | { phase: 'failed'; message: string };

interface PreviewAnswer extends RefusalBody {
  fileName?: string;
  document?: CorpusDocument;
  notImported?: NotImported;
  warnings?: string[];
}

/**
 * The file is read first and shown for correction; the draft is created only
 * from what was shown. Word's own tracked changes and comments are listed, never
 * dropped silently.
 */
export function ImportDraftForm({ negotiationId }: { negotiationId: string }) {
  const t = useTranslations('newDraft');
  const describeRefusal = useDescribeRefusal();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [error, setError] = useState('');
  const query = `?negotiation=${encodeURIComponent(negotiationId)}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError('');
    setState({ phase: 'busy' });
    try {
      const response = await fetch(`/api/drafts/import/preview${query}`, { method: 'POST', body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({}))) as PreviewAnswer;
      if (!response.ok || !body.document || !body.fileName) {
        setState({ phase: 'failed', message: body.error || body.reason ? describeRefusal(body) : t('importUnreadable') });
        return;
      }
      setState({
        phase: 'preview',
        fileName: body.fileName,
        document: body.document,
        notImported: body.notImported ?? { trackedChanges: [], comments: [] },
        warnings: body.warnings ?? [],
        saving: false,
      });
    } catch {
      setState({ phase: 'failed', message: t('importUnreachable') });
    }
  }

  async function save(preview: Extract<State, { phase: 'preview' }>, paragraphs: CorpusParagraph[]) {
    setState({ ...preview, saving: true });
    try {
      const { ok, body } = await savePreviewedImport<{ id?: string; paragraphs?: number }>(
        `/api/drafts/import/save${query}`,
        preview.fileName,
        preview.document,
        paragraphs,
      );
      if (!ok || !body.id) {
        // The preview stays, with the corrections, so nothing the user did is lost.
        setState({ ...preview, saving: false });
        setError(body.error || body.reason ? describeRefusal(body) : t('importNotCreated'));
        return;
      }
      setState({
        phase: 'done',
        id: body.id,
        paragraphs: body.paragraphs ?? paragraphs.length,
        notImported: preview.notImported,
        warnings: preview.warnings,
      });
    } catch {
      setState({ ...preview, saving: false });
      setError(t('importUnreachable'));
    }
  }

  if (state.phase === 'preview')
    return (
      <ImportPreview
        document={state.document}
        warnings={state.warnings}
        notImported={state.notImported}
        saving={state.saving}
        error={error}
        saveLabel={t('importSave')}
        onSave={(paragraphs) => void save(state, paragraphs)}
        onCancel={() => {
          setError('');
          setState({ phase: 'idle' });
        }}
      />
    );

  return (
    <form onSubmit={submit} aria-labelledby="import-draft-heading">
      <h2 id="import-draft-heading">{t('importHeading')}</h2>
      <p className="muted">{t('importIntro')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('importFile')}</label>
        <input id="import-file" name="file" type="file" accept={draftImportExtensions.join(',')} required />
      </div>
      <div className="field">
        <label htmlFor="import-title">{t('importTitle')}</label>
        <input id="import-title" name="title" maxLength={300} placeholder={t('importTitlePlaceholder')} />
      </div>
      <button className="button" type="submit" disabled={state.phase === 'busy'}>
        {state.phase === 'busy' ? t('importReading') : t('importRead')}
      </button>
      <div aria-live="polite" style={{ marginTop: '1rem' }}>
        {state.phase === 'busy' && <progress className="progress" aria-label={t('importReadingLabel')} />}
        {state.phase === 'failed' && (
          <p role="alert" className="error">
            {state.message}
          </p>
        )}
        {state.phase === 'done' && (
          <div data-testid="draft-import-result">
            <p>
              {t.rich('imported', {
                count: state.paragraphs,
                link: (chunks) => <Link href={`/drafts/${state.id}`}>{chunks}</Link>,
              })}
            </p>
            {(state.notImported.trackedChanges.length > 0 || state.notImported.comments.length > 0) && (
              <div>
                <p>
                  {t.rich('notImported', {
                    changes: state.notImported.trackedChanges.length,
                    comments: state.notImported.comments.length,
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })}
                </p>
                <ul data-testid="not-imported">
                  {state.notImported.trackedChanges.map((change, index) => (
                    <li key={`c${index}`}>
                      {t(change.type === 'insertion' ? 'changeInserted' : 'changeDeleted', { author: change.author, text: change.text })}
                    </li>
                  ))}
                  {state.notImported.comments.map((comment, index) => (
                    <li key={`m${index}`}>{t('commented', { author: comment.author, text: comment.text })}</li>
                  ))}
                </ul>
              </div>
            )}
            {state.warnings.length > 0 && (
              <ul className="muted">
                {state.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
