'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { corpusImportExtensions } from '@/lib/corpus/import-formats';

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'parsing' }
  | { phase: 'done'; id: string; title: string; paragraphs: number; changed: boolean }
  | { phase: 'failed'; message: string };

interface ImportAnswer {
  document?: { id: string; title: string; paragraphs: unknown[] };
  changed?: boolean;
  error?: string;
  line?: number;
}

/** XMLHttpRequest rather than fetch: it reports upload progress for large files. */
function sendImport(
  form: FormData,
  onProgress: (percent: number) => void,
  onUploaded: () => void,
): Promise<{ status: number; body: ImportAnswer }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/corpus/import');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = onUploaded;
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) as ImportAnswer });
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setState({ phase: 'uploading', percent: 0 });
    try {
      const { status, body } = await sendImport(
        form,
        (percent) => setState({ phase: 'uploading', percent }),
        () => setState({ phase: 'parsing' }),
      );
      if (status >= 400 || !body.document) {
        const where = body.line ? ` (line ${body.line})` : '';
        setState({ phase: 'failed', message: `${body.error ?? 'The import failed.'}${where} Nothing in the corpus was changed.` });
        return;
      }
      setState({
        phase: 'done',
        id: body.document.id,
        title: body.document.title,
        paragraphs: body.document.paragraphs.length,
        changed: body.changed ?? true,
      });
    } catch (error) {
      setState({ phase: 'failed', message: (error as Error).message });
    }
  }

  const busy = state.phase === 'uploading' || state.phase === 'parsing';
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
        Import
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
