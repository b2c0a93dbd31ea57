'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { corpusImportExtensions } from '@/lib/corpus/import-formats';
import { ImportPreview } from '@/components/imports/import-preview';
import { savePreviewedImport } from '@/components/imports/save-previewed-import';
import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'parsing' }
  | { phase: 'preview'; fileName: string; document: CorpusDocument; warnings: string[]; saving: boolean }
  | { phase: 'done'; id: string; title: string; paragraphs: number; changed: boolean }
  | { phase: 'failed'; message: string };

interface PreviewAnswer {
  fileName?: string;
  document?: CorpusDocument;
  warnings?: string[];
  error?: string;
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
        resolve({ status: request.status, body: { error: `The server answered ${request.status}.` } });
      }
    };
    request.onerror = () => reject(new Error('The server could not be reached. Nothing was imported.'));
    request.send(form);
  });
}

export function ImportForm() {
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
      );
      if (status >= 400 || !body.document || !body.fileName) {
        const where = body.line ? ` (line ${body.line})` : '';
        setState({ phase: 'failed', message: `${body.error ?? 'The file could not be read.'}${where} Nothing in the corpus was changed.` });
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
        setError(body.error ?? 'The import failed. Nothing in the corpus was changed.');
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
      setError('The server could not be reached. Nothing in the corpus was changed.');
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
        saveLabel="Import"
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
        <label htmlFor="file">File</label>
        <input id="file" name="file" type="file" accept={corpusImportExtensions.join(',')} required />
      </div>
      <div className="corpus-filters">
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" name="title" placeholder="read from the text" />
        </div>
        <div className="field">
          <label htmlFor="kind">Kind</label>
          <select id="kind" name="kind" defaultValue="">
            <option value="">read from the text</option>
            <option value="resolution">resolution</option>
            <option value="decision">decision</option>
            <option value="draft resolution">draft resolution</option>
            <option value="revised draft resolution">revised draft resolution</option>
            <option value="recommendations">recommendations</option>
            <option value="other">other</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="year">Year</label>
          <input id="year" name="year" inputMode="numeric" pattern="\d{4}" size={6} />
        </div>
        <div className="field">
          <label htmlFor="body-field">Body</label>
          <input id="body-field" name="body" placeholder="e.g. Conference of the Parties" />
        </div>
        <div className="field">
          <label htmlFor="sponsors">Sponsors</label>
          <input id="sponsors" name="sponsors" />
        </div>
        <div className="field">
          <label htmlFor="symbol">Symbol</label>
          <input id="symbol" name="symbol" placeholder="e.g. CTOC/COP/2022/L.5/Rev.1" />
        </div>
        <div className="field">
          <label htmlFor="session">Session</label>
          <input id="session" name="session" placeholder="e.g. eleventh session" />
        </div>
      </div>
      <button className="button" type="submit" disabled={busy}>
        Read the file
      </button>
      <div aria-live="polite" style={{ marginTop: '1rem' }}>
        {state.phase === 'uploading' && (
          <>
            <label htmlFor="upload-progress">Uploading… {state.percent} %</label>
            <progress id="upload-progress" className="progress" max={100} value={state.percent} />
          </>
        )}
        {state.phase === 'parsing' && (
          <>
            <label htmlFor="parse-progress">Reading paragraphs, footnotes and numbering…</label>
            <progress id="parse-progress" className="progress" />
          </>
        )}
        {state.phase === 'done' && (
          <p data-testid="import-result">
            {state.changed ? 'Imported' : 'Already in the corpus, unchanged:'} <Link href={`/corpus/${state.id}`}>{state.title}</Link> —{' '}
            {state.paragraphs} paragraphs.
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
