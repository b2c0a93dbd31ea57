'use client';

import { useState } from 'react';
import { formatRefLabel } from '@/lib/corpus/refs';
import type { CorpusDocument, CorpusParagraph, ParagraphKind } from '@/lib/corpus/types';
import { changeParagraphKind, detectNumbering, mergeWithNext, renumberParagraphs } from '@/lib/imports/correct-imported-paragraphs';
import './import-preview.css';

const kindLabels: Record<ParagraphKind, string> = {
  preambular: 'PP — preambular',
  operative: 'OP — operative',
  subparagraph: 'sub — lettered subparagraph',
};

export interface NotImported {
  trackedChanges: { type: 'insertion' | 'deletion'; author: string; text: string }[];
  comments: { author: string; text: string }[];
}

function ParagraphText({ paragraph }: { paragraph: CorpusParagraph }) {
  const { lead, text } = paragraph;
  if (lead && text.startsWith(lead))
    return (
      <p className="import-preview-text">
        <em>{lead}</em>
        {text.slice(lead.length)}
      </p>
    );
  return <p className="import-preview-text">{text}</p>;
}

/**
 * What the reader recovered from a file, before anything is saved: each
 * paragraph with its kind, reference, italic lead and notes. A kind can be
 * corrected and a paragraph merged with the next; references follow at once
 * (the server recomputes them again when saving). Every change is announced.
 */
export function ImportPreview({
  document,
  warnings,
  notImported,
  saving,
  saveLabel,
  error,
  onSave,
  onCancel,
}: {
  document: CorpusDocument;
  warnings: string[];
  notImported?: NotImported;
  saving: boolean;
  saveLabel: string;
  /** Why saving failed (nothing was saved); the preview stays, so the corrections are not lost. */
  error?: string;
  onSave: (paragraphs: CorpusParagraph[]) => void;
  onCancel: () => void;
}) {
  // Shown as they will be saved: the server numbers the same way, so what is shown is what is imported.
  const [paragraphs, setParagraphs] = useState(() => renumberParagraphs(document.paragraphs, detectNumbering(document.paragraphs)));
  const [announcement, setAnnouncement] = useState('');

  function changeKind(index: number, kind: ParagraphKind) {
    const next = changeParagraphKind(paragraphs, index, kind);
    setParagraphs(next);
    setAnnouncement(`Paragraph ${index + 1} is now ${kind}, ${formatRefLabel(next[index].ref)}; the numbering that follows was updated.`);
  }

  function merge(index: number) {
    const first = formatRefLabel(paragraphs[index].ref);
    const second = formatRefLabel(paragraphs[index + 1].ref);
    const next = mergeWithNext(paragraphs, index);
    setParagraphs(next);
    setAnnouncement(`${first} and ${second} merged into ${formatRefLabel(next[index].ref)}; ${next.length} paragraphs remain.`);
    // Merging the last pair removes the button that had focus; the keyboard goes on from the merged paragraph's kind.
    if (index === next.length - 1) requestAnimationFrame(() => globalThis.document.getElementById(`import-kind-${index}`)?.focus());
  }

  const counts: Record<ParagraphKind, number> = { preambular: 0, operative: 0, subparagraph: 0 };
  for (const paragraph of paragraphs) counts[paragraph.kind] += 1;
  const unread = (notImported?.trackedChanges.length ?? 0) + (notImported?.comments.length ?? 0);

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h2 id="import-preview-heading">Check what was read before importing</h2>
      <p className="muted">
        <strong>{document.title}</strong> — {document.kind}, {document.year}
        {document.body ? `, ${document.body}` : ''}. {paragraphs.length} paragraphs: {counts.preambular} preambular, {counts.operative}{' '}
        operative, {counts.subparagraph} subparagraphs. Nothing is saved until you import.
      </p>
      {document.chapeau && (
        <p>
          <span className="import-preview-ref">Chapeau</span> {document.chapeau}
        </p>
      )}
      {warnings.length > 0 && (
        <div>
          <h3>Warnings</h3>
          <ul data-testid="import-preview-warnings">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {notImported && unread > 0 && (
        <div>
          <h3>Not imported into the text</h3>
          <ul data-testid="not-imported">
            {notImported.trackedChanges.map((change, index) => (
              <li key={`c${index}`}>
                {change.author}: {change.type === 'insertion' ? 'inserted' : 'deleted'} “{change.text}”
              </li>
            ))}
            {notImported.comments.map((comment, index) => (
              <li key={`m${index}`}>
                {comment.author} commented: “{comment.text}”
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="import-preview-list" aria-label="Paragraphs read from the file">
        {paragraphs.map((paragraph, index) => {
          const label = formatRefLabel(paragraph.ref);
          return (
            // The list is rebuilt from the kinds on every change, so the position is the identity.
            <li key={index} className={`import-preview-item depth-${paragraph.depth}`} data-testid="preview-paragraph">
              <div className="import-preview-head">
                <span className="import-preview-ref" data-testid="preview-ref">
                  {label}
                </span>
                <label>
                  <span className="visually-hidden">Kind of paragraph {index + 1}</span>
                  <select
                    id={`import-kind-${index}`}
                    value={paragraph.kind}
                    disabled={saving}
                    onChange={(event) => changeKind(index, event.target.value as ParagraphKind)}
                  >
                    {(Object.keys(kindLabels) as ParagraphKind[]).map((kind) => (
                      <option key={kind} value={kind}>
                        {kindLabels[kind]}
                      </option>
                    ))}
                  </select>
                </label>
                {index < paragraphs.length - 1 && (
                  <button
                    type="button"
                    className="button secondary"
                    disabled={saving}
                    aria-label={`Merge paragraph ${index + 1} (${label}) with the next`}
                    onClick={() => merge(index)}
                  >
                    Merge with next
                  </button>
                )}
              </div>
              <ParagraphText paragraph={paragraph} />
              {paragraph.notes && paragraph.notes.length > 0 && (
                <ol className="import-preview-notes" aria-label={`Notes of ${label}`}>
                  {paragraph.notes.map((note, at) => (
                    <li key={at}>{note}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="muted" data-testid="import-preview-announcement">
        {announcement}
      </p>
      <div className="import-preview-actions">
        <button type="button" className="button" disabled={saving} onClick={() => onSave(paragraphs)}>
          {saving ? 'Importing…' : saveLabel}
        </button>
        <button type="button" className="button secondary" disabled={saving} onClick={onCancel}>
          Choose another file
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
