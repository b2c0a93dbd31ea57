'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { corpusImportExtensions } from '@/lib/corpus/import-formats';
import { useDescribeRefusal } from '@/components/i18n/use-describe-refusal';
import { ImportPreview } from '@/components/imports/import-preview';
import { savePreviewedImport } from '@/components/imports/save-previewed-import';
import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';
import { describeUnreadableAnswer, type RefusalBody } from '@/lib/i18n/describe-refusal';

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'parsing' }
  | { phase: 'preview'; fileName: string; document: CorpusDocument; warnings: string[]; saving: boolean }
  | { phase: 'done'; id: string; title: string; paragraphs: number; changed: boolean }
  | { phase: 'failed'; message: string };

interface PreviewAnswer extends RefusalBody {
  fileName?: string;
  document?: CorpusDocument;
  warnings?: string[];
  line?: number;
}

interface SaveAnswer {
  document?: { id: string; title: string; paragraphs: unknown[] };
  changed?: boolean;
}

/** XMLHttpRequest rather than fetch: it reports upload progress for large files. */
function sendImport(
  form: FormData,
  onProgress: (percent: number) => void,
  onUploaded: () => void,
  t: ReturnType<typeof useTranslations<'imports'>>,
): Promise<{ status: number; body: PreviewAnswer }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/corpus/import/preview');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = onUploaded;
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) as PreviewAnswer });
      } catch {
        resolve({ status: request.status, body: describeUnreadableAnswer(request.status) });
      }
    };
    request.onerror = () => reject(new Error(t('unreachable')));
    request.send(form);
  });
}

export function ImportForm() {
  const t = useTranslations('imports');
  const describeRefusal = useDescribeRefusal();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [error, setError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError('');
    setState({ phase: 'uploading', percent: 0 });
    try {
      const { status, body } = await sendImport(
        form,
        (percent) => setState({ phase: 'uploading', percent }),
        () => setState({ phase: 'parsing' }),
        t,
      );
      if (status >= 400 || !body.document || !body.fileName) {
        const where = body.line ? t('atLine', { line: String(body.line) }) : '';
        setState({
          phase: 'failed',
          message: t('failed', { reason: body.error || body.reason ? describeRefusal(body) : t('unreadable'), where }),
        });
        return;
      }
      setState({ phase: 'preview', fileName: body.fileName, document: body.document, warnings: body.warnings ?? [], saving: false });
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message });
    }
  }

  async function save(preview: Extract<State, { phase: 'preview' }>, paragraphs: CorpusParagraph[]) {
    setState({ ...preview, saving: true });
    try {
      const { ok, body } = await savePreviewedImport<SaveAnswer>('/api/corpus/import/save', preview.fileName, preview.document, paragraphs);
      if (!ok || !body.document) {
        // The preview stays, with the corrections, so nothing the user did is lost.
        setState({ ...preview, saving: false });
        setError(body.error || body.reason ? describeRefusal(body) : t('saveFailed'));
        return;
      }
      setError('');
      setState({
        phase: 'done',
        id: body.document.id,
        title: body.document.title,
        paragraphs: body.document.paragraphs.length,
        changed: body.changed ?? true,
      });
    } catch {
      setState({ ...preview, saving: false });
      setError(t('saveUnreachable'));
    }
  }

  const busy = state.phase === 'uploading' || state.phase === 'parsing';
  if (state.phase === 'preview')
    return (
      <ImportPreview
        document={state.document}
        warnings={state.warnings}
        saving={state.saving}
        error={error}
        saveLabel={t('import')}
        onSave={(paragraphs) => void save(state, paragraphs)}
        onCancel={() => {
          setError('');
          setState({ phase: 'idle' });
        }}
      />
    );
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="file">{t('file')}</label>
        <input id="file" name="file" type="file" accept={corpusImportExtensions.join(',')} required />
      </div>
      <div className="corpus-filters">
        <div className="field">
          <label htmlFor="title">{t('title')}</label>
          <input id="title" name="title" placeholder={t('readFromText')} />
        </div>
        <div className="field">
          <label htmlFor="kind">{t('kind')}</label>
          <select id="kind" name="kind" defaultValue="">
            <option value="">{t('readFromText')}</option>
            <option value="resolution">{t('kinds.resolution')}</option>
            <option value="decision">{t('kinds.decision')}</option>
            <option value="draft resolution">{t('kinds.draftResolution')}</option>
            <option value="revised draft resolution">{t('kinds.revisedDraftResolution')}</option>
            <option value="recommendations">{t('kinds.recommendations')}</option>
            <option value="other">{t('kinds.other')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="year">{t('year')}</label>
          <input id="year" name="year" inputMode="numeric" pattern="\d{4}" size={6} />
        </div>
        <div className="field">
          <label htmlFor="body-field">{t('body')}</label>
          <input id="body-field" name="body" placeholder={t('bodyPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="sponsors">{t('sponsors')}</label>
          <input id="sponsors" name="sponsors" />
        </div>
        <div className="field">
          <label htmlFor="symbol">{t('symbol')}</label>
          <input id="symbol" name="symbol" placeholder={t('symbolPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="session">{t('session')}</label>
          <input id="session" name="session" placeholder={t('sessionPlaceholder')} />
        </div>
      </div>
      <button className="button" type="submit" disabled={busy}>
        {t('readFile')}
      </button>
      <div aria-live="polite" style={{ marginTop: '1rem' }}>
        {state.phase === 'uploading' && (
          <>
            <label htmlFor="upload-progress">{t('uploading', { percent: state.percent })}</label>
            <progress id="upload-progress" className="progress" max={100} value={state.percent} />
          </>
        )}
        {state.phase === 'parsing' && (
          <>
            <label htmlFor="parse-progress">{t('parsing')}</label>
            <progress id="parse-progress" className="progress" />
          </>
        )}
        {state.phase === 'done' && (
          <p data-testid="import-result">
            {t.rich('done', {
              changed: state.changed ? 'yes' : 'no',
              title: state.title,
              paragraphs: state.paragraphs,
              link: (chunks) => <Link href={`/corpus/${state.id}`}>{chunks}</Link>,
            })}
          </p>
        )}
        {state.phase === 'failed' && (
          <p role="alert" className="error">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
