'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { draftImportExtensions } from '@/lib/corpus/import-formats';
import { ImportPreview, type NotImported } from '@/components/imports/import-preview';
import { savePreviewedImport } from '@/components/imports/save-previewed-import';
import type { CorpusDocument, CorpusParagraph } from '@/lib/corpus/types';

type State =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'preview'; fileName: string; document: CorpusDocument; notImported: NotImported; warnings: string[]; saving: boolean }
  | { phase: 'done'; id: string; paragraphs: number; notImported: NotImported; warnings: string[] }
  | { phase: 'failed'; message: string };

interface PreviewAnswer {
  fileName?: string;
  document?: CorpusDocument;
  notImported?: NotImported;
  warnings?: string[];
  error?: string;
}

/**
 * The file is read first and shown for correction; the draft is created only
 * from what was shown. Word's own tracked changes and comments are listed, never
 * dropped silently.
 */
export function ImportDraftForm({ negotiationId }: { negotiationId: string }) {
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
        setState({ phase: 'failed', message: body.error ?? 'The file could not be read. Nothing was created.' });
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
      setState({ phase: 'failed', message: 'The server could not be reached. Nothing was created.' });
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
        setError(body.error ?? 'The draft could not be created. Nothing was created.');
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
      setError('The server could not be reached. Nothing was created.');
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
        saveLabel="Import draft"
        onSave={(paragraphs) => void save(state, paragraphs)}
        onCancel={() => {
          setError('');
          setState({ phase: 'idle' });
        }}
      />
    );

  return (
    <form onSubmit={submit} aria-labelledby="import-draft-heading">
      <h2 id="import-draft-heading">Import a draft from a file</h2>
      <p className="muted">
        A Word file (.docx) in any style, a .doc, .odt or .rtf file (read through LibreOffice where the server has it), a PDF with a text
        layer (not a scan), text, Markdown or a web page (.html): paragraphs, kinds, numbering and notes are recovered (italics from Word
        and HTML files), and shown to you for correction before the draft is created.
      </p>
      <div className="field">
        <label htmlFor="import-file">Draft file</label>
        <input id="import-file" name="file" type="file" accept={draftImportExtensions.join(',')} required />
      </div>
      <div className="field">
        <label htmlFor="import-title">Title (optional)</label>
        <input id="import-title" name="title" maxLength={300} placeholder="read from the file" />
      </div>
      <button className="button" type="submit" disabled={state.phase === 'busy'}>
        {state.phase === 'busy' ? 'Reading…' : 'Read the file'}
      </button>
      <div aria-live="polite" style={{ marginTop: '1rem' }}>
        {state.phase === 'busy' && <progress className="progress" aria-label="Reading the file" />}
        {state.phase === 'failed' && (
          <p role="alert" className="error">
            {state.message}
          </p>
        )}
        {state.phase === 'done' && (
          <div data-testid="draft-import-result">
            <p>
              Imported {state.paragraphs} paragraphs. <Link href={`/drafts/${state.id}`}>Open the draft</Link>
            </p>
            {(state.notImported.trackedChanges.length > 0 || state.notImported.comments.length > 0) && (
              <div>
                <p>
                  <strong>Not imported into the text:</strong> {state.notImported.trackedChanges.length} tracked changes and{' '}
                  {state.notImported.comments.length} comments from the Word file. The draft holds the text as it read before those changes;
                  here they are, so nothing is lost:
                </p>
                <ul data-testid="not-imported">
                  {state.notImported.trackedChanges.map((change, index) => (
                    <li key={`c${index}`}>
                      {change.author}: {change.type === 'insertion' ? 'inserted' : 'deleted'} “{change.text}”
                    </li>
                  ))}
                  {state.notImported.comments.map((comment, index) => (
                    <li key={`m${index}`}>
                      {comment.author} commented: “{comment.text}”
                    </li>
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
